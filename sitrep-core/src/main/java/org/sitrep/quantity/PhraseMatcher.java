package org.sitrep.quantity;

import java.util.List;

/** Matches a lower-case word sequence against tokens, skipping hyphens and periods between words. */
public final class PhraseMatcher {
  private PhraseMatcher() {}

  /** The token index after the phrase when it starts exactly at token i, else -1. */
  public static int match(List<String> words, List<WordToken> tokens, int i) {
    int j = i;
    for (int w = 0; w < words.size(); w++) {
      String word = words.get(w);
      if (w > 0) {
        j = skipJoiners(tokens, j, word);
      }
      if (j >= tokens.size() || !tokens.get(j).lower().equals(word)) {
        return -1;
      }
      j++;
    }
    return j;
  }

  /** The first index at or after j that is not a joiner (unless the phrase wants that joiner). */
  public static int skipJoiners(List<WordToken> tokens, int j, String wanted) {
    while (j < tokens.size() && tokens.get(j).isJoiner() && !tokens.get(j).text().equals(wanted)) {
      j++;
    }
    return j;
  }
}
