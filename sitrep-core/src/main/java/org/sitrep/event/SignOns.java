package org.sitrep.event;

import java.util.List;
import java.util.regex.Pattern;
import org.sitrep.clean.DataFile;

/** Sentences that only open a broadcast or a speech ("Good evening."); shapes are data (sign-ons.tsv). */
final class SignOns {
  /** A greeting longer than this already tells something. */
  private static final int MAX_WORDS = 14;
  private static final List<Pattern> SHAPES = DataFile.rows(SignOns.class, "sign-ons.tsv").stream()
      .map(row -> Pattern.compile(row[0], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();

  private SignOns() {}

  static boolean isSignOn(String sentence) {
    String text = sentence.strip();
    return !text.isEmpty() && text.split("\\s+").length <= MAX_WORDS && SHAPES.stream().anyMatch(p -> p.matcher(text).matches());
  }
}
