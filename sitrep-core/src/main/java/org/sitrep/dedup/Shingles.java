package org.sitrep.dedup;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The k-word shingles of a text as 64-bit hashes. Words are runs of letters or digits, lower-cased,
 * so punctuation, case and whitespace edits (what wire copies differ by) do not change them. A text
 * shorter than k words gives one shingle of all its words, so short texts still compare.
 */
public final class Shingles {
  private Shingles() {}

  public static Set<Long> of(String text, int k) {
    List<String> words = words(text == null ? "" : text);
    Set<Long> hashes = new HashSet<>();
    int last = Math.max(0, words.size() - k);
    for (int i = 0; i <= last && !words.isEmpty(); i++) {
      hashes.add(hash(words.subList(i, Math.min(words.size(), i + k))));
    }
    return hashes;
  }

  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean inWord = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
      if (inWord && start < 0) {
        start = i;
      } else if (!inWord && start >= 0) {
        words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
        start = -1;
      }
    }
    return words;
  }

  /** FNV-1a over the words with a separator, then a 64-bit finaliser so nearby inputs spread. */
  private static long hash(List<String> words) {
    long h = 0xcbf29ce484222325L;
    for (String w : words) {
      for (int i = 0; i < w.length(); i++) {
        h = (h ^ w.charAt(i)) * 0x100000001b3L;
      }
      h = (h ^ ' ') * 0x100000001b3L;
    }
    return Mix.mix64(h);
  }
}
