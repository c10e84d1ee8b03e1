package org.sitrep.eval.events;

import java.util.List;
import org.sitrep.model.Event;

/**
 * Scores one eval set record by record and renders it as markdown. Scorers keep only tallies and
 * the first N error rows (N given when they are made), so a large set streams.
 */
public interface SetScorer<T extends EvalCase> {
  void score(T gold, List<Event> events);

  void render(StringBuilder out);
}
