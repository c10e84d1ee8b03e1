package org.sitrep.eval.events;

import java.time.LocalDate;

/** One record of an evaluation set: the text the pipeline reads, its date, and the set's own gold. */
public interface EvalCase {
  String id();

  String text();

  /** The publication date relative dates resolve against, or null when the record gives none. */
  LocalDate published();
}
