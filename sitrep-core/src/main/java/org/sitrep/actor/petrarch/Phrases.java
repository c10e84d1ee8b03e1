package org.sitrep.actor.petrarch;

import java.util.Locale;

/** PETRARCH phrase strings: words joined by '_' or blanks, upper case, often ending in '_'. */
final class Phrases {
  private Phrases() {}

  /** "AL-QAEDA_" becomes "AL-QAEDA"; empty when the phrase has no letter or digit. */
  static String words(String phrase) {
    String words = phrase.replace('_', ' ').replaceAll("\\s+", " ").strip();
    return words.chars().anyMatch(Character::isLetterOrDigit) ? words : "";
  }

  /** A display name from upper-case words: "AL-QAEDA" becomes "Al-Qaeda", "HAYAT TAHRIR AL-SHAM" "Hayat Tahrir Al-Sham". */
  static String displayName(String words) {
    if (!words.equals(words.toUpperCase(Locale.ROOT))) {
      return words;
    }
    StringBuilder out = new StringBuilder(words.length());
    boolean start = true;
    for (char c : words.toCharArray()) {
      out.append(start ? c : Character.toLowerCase(c));
      start = !Character.isLetterOrDigit(c) && c != '\'';
    }
    return out.toString();
  }
}
