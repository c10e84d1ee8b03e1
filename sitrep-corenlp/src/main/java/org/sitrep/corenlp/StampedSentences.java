package org.sitrep.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.clean.TimeStamps;

/**
 * Splits a live-blog entry's time stamp ("08:15 GMT — ", "Update 11:40: ") off the sentence it opens, as a sentence of
 * its own: parsed together, the stamp becomes the root and the clause's subject hangs loose on it ("03:15 IST —
 * Authorities in Assam say 2,300 families ... have moved to relief camps" lost its 2,300).
 */
final class StampedSentences {
  private StampedSentences() {}

  static List<CoreMap> split(String text, List<CoreMap> sentences) {
    List<CoreMap> result = new ArrayList<>(sentences.size());
    for (CoreMap sentence : sentences) {
      int begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      int stampEnd = TimeStamps.stampEnd(text.substring(begin, end));
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      int cut = stampEnd < 0 ? -1 : firstTokenFrom(tokens, begin + stampEnd);
      if (cut <= 0 || cut >= tokens.size()) {
        result.add(sentence);
      } else {
        result.add(part(text, tokens.subList(0, cut)));
        result.add(part(text, tokens.subList(cut, tokens.size())));
      }
    }
    return result;
  }

  private static int firstTokenFrom(List<CoreLabel> tokens, int offset) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).beginPosition() >= offset) {
        return i;
      }
    }
    return -1;
  }

  private static CoreMap part(String text, List<CoreLabel> tokens) {
    int begin = tokens.get(0).beginPosition();
    int end = tokens.get(tokens.size() - 1).endPosition();
    CoreMap part = new ArrayCoreMap();
    part.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
    part.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    part.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    part.set(CoreAnnotations.TokensAnnotation.class, new ArrayList<>(tokens));
    for (int i = 0; i < tokens.size(); i++) {
      tokens.get(i).setIndex(i + 1); // the parser numbers a sentence's words from 1
    }
    return part;
  }
}
