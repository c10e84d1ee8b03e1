package org.sitrep.eval;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Loose text comparison for names and sentences: case-folded, accents dropped, every run of
 * non-letters/digits turned into one space, so "Pont-Sondé" and "pont sonde" fold alike.
 */
public final class Fold {
  private Fold() {}

  public static String fold(String s) {
    if (s == null) {
      return "";
    }
    String noAccents = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return noAccents.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
  }

  /** True when the folded texts are equal or one holds the other as whole words. */
  public static boolean sameOrContains(String a, String b) {
    String fa = fold(a);
    String fb = fold(b);
    if (fa.isEmpty() || fb.isEmpty()) {
      return false;
    }
    return containsWords(fa, fb) || containsWords(fb, fa);
  }

  /** True when folded {@code outer} holds folded {@code inner} as whole words (or equals it). */
  public static boolean holds(String outer, String inner) {
    String fo = fold(outer);
    String fi = fold(inner);
    return !fi.isEmpty() && containsWords(fo, fi);
  }

  private static boolean containsWords(String outer, String inner) {
    return (" " + outer + " ").contains(" " + inner + " ");
  }

  /** Share of the shorter text's distinct words that also occur in the other (0 when either is empty). */
  public static double wordOverlap(String a, String b) {
    Set<String> wa = words(a);
    Set<String> wb = words(b);
    if (wa.isEmpty() || wb.isEmpty()) {
      return 0;
    }
    Set<String> smaller = wa.size() <= wb.size() ? wa : wb;
    Set<String> larger = smaller == wa ? wb : wa;
    long shared = smaller.stream().filter(larger::contains).count();
    return (double) shared / smaller.size();
  }

  static Set<String> words(String s) {
    String f = fold(s);
    return f.isEmpty() ? Set.of() : new HashSet<>(Arrays.asList(f.split(" ")));
  }

  /** 1 − edit distance / longer length, on folded texts; 1 for equal texts. */
  public static double similarity(String a, String b) {
    String fa = fold(a);
    String fb = fold(b);
    int longer = Math.max(fa.length(), fb.length());
    return longer == 0 ? 1 : 1 - (double) editDistance(fa, fb) / longer;
  }

  private static int editDistance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitute = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(substitute, Math.min(prev[j], cur[j - 1]) + 1);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  static List<String> nonBlank(String... values) {
    return Arrays.stream(values).filter(v -> v != null && !v.isBlank()).toList();
  }
}
