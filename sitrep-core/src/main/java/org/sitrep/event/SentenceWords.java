package org.sitrep.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/** A sentence's tokens as {lemma, lower-cased word} pairs: what sub-type cues are matched against. */
final class SentenceWords {
  private SentenceWords() {}

  static List<Set<String>> of(Sentence s) {
    List<Set<String>> words = new ArrayList<>(s.tokens().size());
    for (Token t : s.tokens()) {
      if (monthOrDayName(t)) {
        words.add(Set.of(t.word())); // "in March" is no march: the name keeps its capital, so no cue matches it
        continue;
      }
      String word = t.word().toLowerCase(Locale.ROOT);
      String lemma = TriggerMatcher.lemma(t);
      words.add(word.equals(lemma) ? Set.of(word) : Set.of(word, lemma));
    }
    return words;
  }

  private static boolean monthOrDayName(Token t) {
    return "DATE".equals(t.ner()) && !t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0));
  }
}
