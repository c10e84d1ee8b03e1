package org.sitrep.actor;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds a word so that spelling variants of one name compare equal: case, diacritics and
 * apostrophes are dropped ("Hay'at" = "Hayat", "Goïta" = "Goita", "Türkiye" = "Turkiye").
 */
final class Fold {
  /** Apostrophe-like marks used in transliterated names (', ’, ‘, ʼ, ʻ, ʿ, ʾ, `). */
  static final String APOSTROPHES = "'\u2019\u2018\u02BC\u02BB\u02BF\u02BE`\u00B4";

  private Fold() {}

  static boolean isApostrophe(char c) {
    return APOSTROPHES.indexOf(c) >= 0;
  }

  static String fold(String word) {
    String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK || isApostrophe(c) || c == '.') {
        continue;
      }
      out.append(foldLetter(Character.toLowerCase(c)));
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /** Letters that NFD does not split into base letter + mark. */
  private static String foldLetter(char c) {
    switch (c) {
      case '\u0131': return "i";
      case '\u00F8': return "o";
      case '\u00DF': return "ss";
      case '\u00E6': return "ae";
      case '\u0153': return "oe";
      case '\u0111': return "d";
      case '\u0142': return "l";
      default: return String.valueOf(c);
    }
  }

  /** The word with apostrophe variants made plain, for exact-case acronym comparison. */
  static String plainApostrophes(String word) {
    StringBuilder out = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      out.append(isApostrophe(c) ? '\'' : c);
    }
    return out.toString();
  }
}
