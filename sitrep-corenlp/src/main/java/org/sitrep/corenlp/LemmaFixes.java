package org.sitrep.corenlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import org.sitrep.knowledge.TsvResource;

/** Corrects the lemmas listed in {@code lemma-fixes.tsv} ("wound"/VBP is "wound", not "wind"). */
final class LemmaFixes {
  private record Fix(String word, String tagPrefix, String lemma) {}

  private static final List<Fix> FIXES = TsvResource.read(LemmaFixes.class, "lemma-fixes.tsv").stream()
      .map(r -> new Fix(r.get("word"), r.get("tag"), r.get("lemma"))).toList();

  private LemmaFixes() {}

  /** Fixes the lemmas of one sentence in place; returns how many changed. */
  static int repair(List<CoreLabel> tokens) {
    int changed = 0;
    for (CoreLabel token : tokens) {
      String word = token.word().toLowerCase(Locale.ROOT);
      for (Fix fix : FIXES) {
        if (fix.word().equals(word) && token.tag() != null && token.tag().startsWith(fix.tagPrefix())
            && !fix.lemma().equals(token.lemma())) {
          token.setLemma(fix.lemma());
          changed++;
        }
      }
    }
    return changed;
  }
}
