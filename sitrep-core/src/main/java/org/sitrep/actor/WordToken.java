package org.sitrep.actor;

/**
 * A word of the article as the actor finder sees it: offsets into the text, the words as
 * written ({@code raw}), folded ({@code folded}, see {@link Fold}) and exact-case with plain
 * apostrophes ({@code exact}); {@code gap} is the text between the previous word and this one.
 */
record WordToken(int start, int end, String raw, String folded, String exact, String gap) {

  boolean capitalised() {
    return !raw.isEmpty() && (Character.isUpperCase(raw.charAt(0)) || Character.isDigit(raw.charAt(0)));
  }

  /** All letters upper case and at least two of them, as in "IS", "ISLAMIC". */
  boolean shouting() {
    int letters = 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }

  /**
   * Whether this word continues a phrase begun by the previous word: only spaces, hyphens,
   * dashes or a slash between them, on one line ("Al-Sham", "Tahrir al Sham", "AFC/M23").
   */
  boolean joinsPrevious() {
    if (gap.length() > 3) {
      return false;
    }
    for (int i = 0; i < gap.length(); i++) {
      char c = gap.charAt(i);
      if (" \u00A0-\u2010\u2011\u2013/".indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Like {@link #joinsPrevious()} but also after an abbreviating dot ("Gen. Burhan"). */
  boolean joinsPreviousAfterDot() {
    String rest = gap.startsWith(".") ? gap.substring(1) : gap;
    return new WordToken(start, end, raw, folded, exact, rest).joinsPrevious();
  }
}
