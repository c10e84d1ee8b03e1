package org.sitrep.clean;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time stamp that opens a live-blog entry ("08:15 GMT — Rebels entered ...", "Update 11:40:
 * ..."): a heading of the entry that the sentence splitter leaves at the front of its first
 * sentence. Shapes are data (time-stamps.tsv).
 */
public final class TimeStamps {
  private static final List<Pattern> SHAPES = DataFile.rows(TimeStamps.class, "time-stamps.tsv").stream()
      .map(row -> Pattern.compile(row[0])).toList();

  private TimeStamps() {}

  /** Where the sentence's leading stamp (with its separator and the space after it) ends, or -1 if it has none. */
  public static int stampEnd(String sentence) {
    if (sentence == null) {
      return -1;
    }
    int end = matchEnd(sentence);
    return end < sentence.length() ? end : -1;
  }

  /** Whether the whole text is a stamp alone ("14:40 —"). */
  public static boolean isStampAlone(String sentence) {
    String padded = sentence == null ? "" : sentence.strip() + " ";
    return matchEnd(padded) == padded.length();
  }

  private static int matchEnd(String text) {
    for (Pattern shape : SHAPES) {
      Matcher m = shape.matcher(text);
      if (m.lookingAt()) {
        return m.end();
      }
    }
    return -1;
  }
}
