package org.sitrep.actor.petrarch;

import java.util.List;

/** What a PETRARCH dictionary file holds: actor records, agent records, and the lines that could not be read. */
public record PetrarchDictionary(List<PetrarchEntry> actors, List<PetrarchAgent> agents, List<String> errors) {
  public PetrarchDictionary {
    actors = List.copyOf(actors);
    agents = List.copyOf(agents);
    errors = List.copyOf(errors);
  }
}
