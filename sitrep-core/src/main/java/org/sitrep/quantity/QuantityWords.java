package org.sitrep.quantity;

import org.sitrep.knowledge.TsvResource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The number vocabulary of {@code quantity-words.tsv}: phrases by kind, matched on tokens. */
public final class QuantityWords {
  /** One row: a phrase (split into lower-case words), its value and whether it is exact. */
  public record Entry(List<String> words, long value, boolean exact, WordKind kind) {}

  /** A phrase found at a token position; {@code end} is the token index after it. */
  public record Match(Entry entry, int end) {}

  private static final String RESOURCE = "/org/sitrep/quantity/quantity-words.tsv";
  private static final QuantityWords DEFAULT = new QuantityWords(TsvResource.trimmedRows(RESOURCE));

  private final Map<WordKind, List<Entry>> byKind = new EnumMap<>(WordKind.class);
  private final Map<WordKind, Map<String, Entry>> singleWords = new EnumMap<>(WordKind.class);

  public QuantityWords(List<List<String>> rows) {
    for (WordKind kind : WordKind.values()) {
      byKind.put(kind, new ArrayList<>());
      singleWords.put(kind, new HashMap<>());
    }
    rows.stream().filter(r -> r.size() >= 4).map(QuantityWords::entryOf).forEach(this::add);
    byKind.values().forEach(l -> l.sort(Comparator.comparingInt((Entry e) -> -e.words().size())));
  }

  public static QuantityWords defaults() {
    return DEFAULT;
  }

  private static Entry entryOf(List<String> row) {
    List<String> words = List.of(row.get(0).toLowerCase(java.util.Locale.ROOT).split(" +"));
    long value = row.get(1).matches("[0-9]+") ? Long.parseLong(row.get(1)) : 0;
    return new Entry(words, value, Boolean.parseBoolean(row.get(2)), WordKind.parse(row.get(3)));
  }

  private void add(Entry e) {
    byKind.get(e.kind()).add(e);
    if (e.words().size() == 1) {
      singleWords.get(e.kind()).put(e.words().get(0), e);
    }
  }

  /** The single-token entry of this kind for a token, if any. */
  public Optional<Entry> word(WordKind kind, WordToken token) {
    return Optional.ofNullable(singleWords.get(kind).get(token.lower()));
  }

  public boolean is(WordKind kind, List<WordToken> tokens, int i) {
    return i >= 0 && i < tokens.size() && word(kind, tokens.get(i)).isPresent();
  }

  /** The value of a one-word entry such as year-min, or the fallback when the data lacks it. */
  public long value(WordKind kind, String word, long fallback) {
    Entry e = singleWords.get(kind).get(word);
    return e == null ? fallback : e.value();
  }

  /** The longest phrase of this kind starting at token i; joiners between words are skipped. */
  public Optional<Match> longest(WordKind kind, List<WordToken> tokens, int i) {
    for (Entry e : byKind.get(kind)) {
      int end = PhraseMatcher.match(e.words(), tokens, i);
      if (end >= 0) {
        return Optional.of(new Match(e, end));
      }
    }
    return Optional.empty();
  }
}
