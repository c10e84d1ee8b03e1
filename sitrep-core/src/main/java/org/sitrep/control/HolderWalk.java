package org.sitrep.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Actor;

/**
 * Walks ordered draft changes and sets who holds the place after each. A counted gain makes its
 * actor the holder, unless the same day brings gains by different actors: then all of that day's
 * gainers are listed side by side (contested). A counted withdrawal with nobody moving in removes
 * the withdrawing actor. A capture that names no loser takes the single previous holder as loser.
 */
final class HolderWalk {
  private HolderWalk() {}

  static List<ControlChange> walk(List<ControlChange> drafts, ControlRules rules) {
    Map<LocalDate, List<Actor>> gainersByDay = gainersByDay(drafts, rules);
    List<Actor> holders = new ArrayList<>();
    List<ControlChange> out = new ArrayList<>();
    for (ControlChange d : drafts) {
      boolean counted = rules.counts(d.status());
      Actor loser = d.loser();
      List<Actor> dayGainers = d.day() == null ? List.of() : gainersByDay.getOrDefault(d.day(), List.of());
      boolean contested = counted && d.gainer() != null && dayGainers.size() > 1;
      if (counted) {
        loser = loser != null || d.gainer() == null ? loser : previousHolder(holders, d.gainer());
        holders = holdersAfter(holders, d, contested ? dayGainers : List.of());
      }
      out.add(d.walked(counted, holders, contested, loser));
    }
    return out;
  }

  private static List<Actor> holdersAfter(List<Actor> before, ControlChange d, List<Actor> contestedGainers) {
    if (!contestedGainers.isEmpty()) {
      return contestedGainers;
    }
    if (d.gainer() != null) {
      return List.of(d.gainer());
    }
    List<Actor> after = new ArrayList<>(before);
    after.removeIf(a -> d.loser() != null && key(a).equals(key(d.loser())));
    return after;
  }

  private static Actor previousHolder(List<Actor> holders, Actor gainer) {
    List<Actor> others = holders.stream().filter(a -> !key(a).equals(key(gainer))).toList();
    return others.size() == 1 ? others.get(0) : null;
  }

  private static Map<LocalDate, List<Actor>> gainersByDay(List<ControlChange> drafts, ControlRules rules) {
    Map<LocalDate, Map<String, Actor>> byDay = new HashMap<>();
    for (ControlChange d : drafts) {
      if (d.day() != null && d.gainer() != null && rules.counts(d.status())) {
        byDay.computeIfAbsent(d.day(), k -> new LinkedHashMap<>()).putIfAbsent(key(d.gainer()), d.gainer());
      }
    }
    Map<LocalDate, List<Actor>> out = new HashMap<>();
    byDay.forEach((day, actors) -> out.put(day, List.copyOf(actors.values())));
    return out;
  }

  /** Actors are the same when their dictionary ids agree, else when their folded names do. */
  static String key(Actor a) {
    return a.id() != null ? "id:" + a.id() : "name:" + PlaceMatcher.fold(a.name() != null ? a.name() : a.text());
  }
}
