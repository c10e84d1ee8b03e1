package org.sitrep.geo;

import org.sitrep.knowledge.TsvResource;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Folds a place name to its index key, so spelling variants meet: case and diacritics folded,
 * apostrophes and transliteration marks dropped, hyphens as spaces, Arabic articles removed
 * ("Deir ez-Zor" and "Deir Zor" give "deir zor"; "Al-Raqqah" and "Raqqah" give "raqqah").
 */
final class NameKey {
  private static final Pattern MARKS = Pattern.compile("[\\p{M}'’‘ʻʼʿʾ`´]");
  private static final String SEPARATOR_CHARS = "-‐‑–_.,()/";
  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-‐‑–_.,()/]+");
  private static final Set<String> ANY_POSITION = new HashSet<>();
  private static final Set<String> HYPHENATED_ONLY = new HashSet<>();

  static {
    for (String[] row : TsvResource.cells("org/sitrep/geo/name-articles.tsv")) {
      (row.length > 1 && row[1].trim().equals("yes") ? ANY_POSITION : HYPHENATED_ONLY).add(row[0].trim());
    }
  }

  private NameKey() {}

  static String of(String name) {
    String folded = Normalizer.normalize(name, Normalizer.Form.NFD);
    folded = MARKS.matcher(folded).replaceAll("").toLowerCase(Locale.ROOT).replace('ı', 'i');
    StringBuilder key = new StringBuilder(folded.length());
    int i = 0;
    while (i < folded.length()) {
      int end = wordEnd(folded, i);
      if (end > i) {
        String word = folded.substring(i, end);
        boolean hyphenated = end < folded.length() && folded.charAt(end) == '-';
        if (!isArticle(word, hyphenated)) {
          key.append(key.length() > 0 ? " " : "").append(word);
        }
      }
      i = end + 1;
    }
    return key.length() > 0 ? key.toString() : SEPARATORS.matcher(folded).replaceAll(" ").trim();
  }

  private static int wordEnd(String s, int from) {
    int i = from;
    while (i < s.length() && !isSeparator(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isSeparator(char c) {
    return Character.isWhitespace(c) || SEPARATOR_CHARS.indexOf(c) >= 0;
  }

  private static boolean isArticle(String word, boolean hyphenated) {
    return ANY_POSITION.contains(word) || (hyphenated && HYPHENATED_ONLY.contains(word));
  }
}
