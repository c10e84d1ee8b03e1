package org.sitrep.eval;

import org.sitrep.model.Event;
import org.sitrep.model.Evidence;

/**
 * How well a system event's evidence points at a gold event's sentences. The system's evidence
 * may be a whole sentence with a dateline glued on, a clause, or two sentences, so containment
 * either way counts, and otherwise a large word overlap does.
 */
public final class SentenceMatch {
  /** Share of the shorter text's words the other must hold to count as the same sentence. */
  static final double MIN_WORD_OVERLAP = 0.6;
  /** Fewer words than this are too short to judge by overlap (only containment counts). */
  static final int MIN_OVERLAP_WORDS = 4;

  private SentenceMatch() {}

  /** 2 when some evidence covers the main sentence, 1 for a cited further sentence, 0 for none. */
  public static int strength(Event system, GoldEvent gold) {
    int best = 0;
    for (Evidence ev : system.evidence()) {
      for (int i = 0; i < gold.sentences().size(); i++) {
        if (sameSentence(ev.text(), gold.sentences().get(i))) {
          best = Math.max(best, i == 0 ? 2 : 1);
        }
      }
    }
    return best;
  }

  public static boolean sameSentence(String evidence, String sentence) {
    String e = Fold.fold(evidence);
    String s = Fold.fold(sentence);
    if (e.isEmpty() || s.isEmpty()) {
      return false;
    }
    if (e.contains(s) || s.contains(e)) {
      return true;
    }
    boolean longEnough = Math.min(Fold.words(e).size(), Fold.words(s).size()) >= MIN_OVERLAP_WORDS;
    return longEnough && Fold.wordOverlap(e, s) >= MIN_WORD_OVERLAP;
  }
}
