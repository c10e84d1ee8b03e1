package org.sitrep.nlp;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.sitrep.model.Sentence;

/**
 * Splits cleaned text into sentences and annotates them. Sentences the selector accepts get full
 * annotation (POS, lemma, NER with dates normalised against {@code published}, dependencies); the
 * others get tokens only and {@code parsed=false}. Implementations are thread-safe and loaded once
 * per process.
 */
public interface Annotator {
  List<Sentence> annotate(String text, LocalDate published, Predicate<String> needsParse);

  /** A short name for reports, e.g. "corenlp-fast". */
  String name();
}
