package org.sitrep.eval;

import java.util.List;
import java.util.Map;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;

/**
 * Everything the scorer found: totals and per-type event counts (hits and false alarms under the
 * system's type, misses under the gold type), field accuracy over aligned pairs, the alignments
 * themselves, system events of articles the gold does not cover, and problems reading input.
 */
public record Score(
    Counts total,
    Map<EventType, Counts> byType,
    Map<Attribute, Accuracy> accuracy,
    List<Alignment> alignments,
    int goldRequired,
    int goldOptional,
    List<Event> unscored,
    List<String> problems) {
  public Score {
    byType = Map.copyOf(byType);
    accuracy = Map.copyOf(accuracy);
    alignments = List.copyOf(alignments);
    unscored = List.copyOf(unscored);
    problems = List.copyOf(problems);
  }
}
