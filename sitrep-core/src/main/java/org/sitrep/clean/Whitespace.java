package org.sitrep.clean;

import java.util.regex.Pattern;

/** Whitespace normalisation for one paragraph or title; typographic characters are kept as they are. */
final class Whitespace {
  /**
   * Runs of spaces, tabs, line breaks, no-break and typographic spaces, zero-width characters, the
   * byte-order mark and other control characters all become one space.
   */
  private static final Pattern RUN =
      Pattern.compile("[\\s\\p{Cc}\\u00A0\\u1680\\u2000-\\u200B\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF]+");

  private Whitespace() {}

  static String normalise(String s) {
    return RUN.matcher(s).replaceAll(" ").strip();
  }
}
