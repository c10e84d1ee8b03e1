package org.sitrep.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Phrases as word sequences, for finding every phrase that starts at a given word of a text.
 * Keys are folded or exact words depending on how the trie is filled and read.
 */
final class PhraseTrie<T> {
  private final Map<String, PhraseTrie<T>> next = new HashMap<>();
  private final List<T> values = new ArrayList<>();

  void add(List<String> words, T value) {
    PhraseTrie<T> node = this;
    for (String word : words) {
      node = node.next.computeIfAbsent(word, w -> new PhraseTrie<>());
    }
    if (!words.isEmpty() && !node.values.contains(value)) {
      node.values.add(value);
    }
  }

  /** A phrase found in the text: words [from, to) and what the trie holds for it. */
  record Hit<T>(int from, int to, List<T> values) {}

  /** Every phrase starting at word {@code from}, shortest first; later words must join. */
  List<Hit<T>> matchesAt(List<WordToken> words, int from, Function<WordToken, String> key) {
    List<Hit<T>> hits = new ArrayList<>();
    PhraseTrie<T> node = this;
    for (int i = from; i < words.size(); i++) {
      if (i > from && !words.get(i).joinsPrevious()) {
        break;
      }
      node = node.next.get(key.apply(words.get(i)));
      if (node == null) {
        break;
      }
      if (!node.values.isEmpty()) {
        hits.add(new Hit<>(from, i + 1, List.copyOf(node.values)));
      }
    }
    return hits;
  }

  /** The longest phrase starting at word {@code from}, or null. */
  Hit<T> longestAt(List<WordToken> words, int from, Function<WordToken, String> key) {
    List<Hit<T>> hits = matchesAt(words, from, key);
    return hits.isEmpty() ? null : hits.get(hits.size() - 1);
  }

  static List<String> foldedWords(String phrase) {
    List<String> out = new ArrayList<>();
    for (WordToken t : WordTokenizer.tokenize(phrase)) {
      out.add(t.folded());
    }
    return out;
  }

  static List<String> exactWords(String phrase) {
    List<String> out = new ArrayList<>();
    for (WordToken t : WordTokenizer.tokenize(phrase)) {
      out.add(t.exact());
    }
    return out;
  }
}
