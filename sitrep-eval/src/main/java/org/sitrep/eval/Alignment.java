package org.sitrep.eval;

import java.util.List;

/** The outcome of aligning one article's system events with its gold events. */
public record Alignment(String articleId, List<Pair> pairs, List<Miss> misses, List<GoldEvent> optionalUnmatched,
    List<FalseAlarm> falseAlarms) {
  public Alignment {
    pairs = List.copyOf(pairs);
    misses = List.copyOf(misses);
    optionalUnmatched = List.copyOf(optionalUnmatched);
    falseAlarms = List.copyOf(falseAlarms);
  }
}
