package org.sitrep.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.model.EventType;
import org.sitrep.model.Sentence;

/**
 * "I watched Tuesday's march in Concepción ... The students who walked down Barros Arana were noisy, not violent.
 * Carabineros nonetheless turned water cannon and tear gas on them and detained 19": what was done to a protest is often
 * told a sentence or two after it, of "them" or of "the protesters". The words of such a sentence join the protest's own,
 * so that its sub-type sees the intervention. A sentence that tells a protest of its own ends the reach.
 */
final class ProtestAftermath {
  /** How many sentences after a protest may still tell what happened to it. */
  private static final int REACH = 2;
  /** Marks where one sentence's words end and the next one's begin, so that no cue phrase spans the two. */
  private static final Set<String> BREAK = Set.of("\n");

  private ProtestAftermath() {}

  static void apply(List<Draft> drafts, List<Sentence> sentences) {
    for (Draft protest : drafts) {
      if (protest.type != EventType.PROTEST || protest.status == null || !protest.status.counted()) {
        continue;
      }
      List<Set<String>> words = new ArrayList<>(protest.sentenceWords);
      for (int j = protest.sentenceIndex + 1; j <= protest.sentenceIndex + REACH && j < sentences.size(); j++) {
        int index = j;
        if (drafts.stream().anyMatch(o -> o.sentenceIndex == index && o.type == EventType.PROTEST)) {
          break;
        }
        List<Set<String>> next = SentenceWords.of(sentences.get(j));
        if (refersToProtesters(next)) {
          words.add(BREAK);
          words.addAll(next);
        }
      }
      protest.sentenceWords = words;
    }
  }

  /** "on them", "the marchers": a sentence that tells of people as protesters or by pronoun. */
  private static boolean refersToProtesters(List<Set<String>> words) {
    return words.stream().anyMatch(w -> w.contains("them") || w.stream().anyMatch(f -> NounClasses.standard().contains("protester", f)));
  }
}
