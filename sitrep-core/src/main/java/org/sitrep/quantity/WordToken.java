package org.sitrep.quantity;

import java.util.Locale;

/** One token of the light tokenizer: its text, offsets into the tokenized string and its shape. */
public record WordToken(String text, int start, int end, Shape shape) {

  /** What a token looks like; only shapes matter to the number and date readers. */
  public enum Shape { WORD, INTEGER, DECIMAL, ISO_DATE, OTHER_NUMBER, PUNCT }

  public String lower() {
    return text.toLowerCase(Locale.ROOT);
  }

  public boolean capitalized() {
    return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
  }

  /** Hyphens and periods are skipped inside phrases ("27-year-old", "a.m.", "thirty-five"). */
  public boolean isJoiner() {
    return shape == Shape.PUNCT && (text.equals("-") || text.equals("."));
  }
}
