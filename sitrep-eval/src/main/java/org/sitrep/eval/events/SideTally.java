package org.sitrep.eval.events;

import java.util.List;
import java.util.Objects;
import org.sitrep.model.Event;

/**
 * One UCDP side of one record: whether some group of it stands for the actor or target of a
 * counted event, whether the headline names it, and whether any of its groups is mapped at all.
 */
record SideTally(boolean found, boolean named, boolean mapped) {
  static SideTally of(List<SideMapping> groups, List<Event> counted, String headline) {
    List<SideMapping> known = groups.stream().filter(Objects::nonNull).toList();
    boolean found = known.stream().anyMatch(g -> counted.stream().anyMatch(e -> g.standsFor(e.actor()) || g.standsFor(e.target())));
    boolean named = known.stream().anyMatch(g -> g.namedIn(headline));
    return new SideTally(found, named, !known.isEmpty());
  }
}
