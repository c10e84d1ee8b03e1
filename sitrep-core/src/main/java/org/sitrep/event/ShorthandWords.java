package org.sitrep.event;

import java.util.Map;
import java.util.stream.Collectors;
import org.sitrep.knowledge.TsvResource;

/** Shorthand of posts and live updates ("ppl", "govt", "w/o") and what it stands for (word-aliases.tsv). */
final class ShorthandWords {
  private static final java.util.List<TsvResource.Row> ROWS = TsvResource.read(ShorthandWords.class, "word-aliases.tsv");
  /** Shorthand and the word it stands for: what sub-type cues read ("w/o" is "without"). */
  static final Map<String, String> WORDS =
      ROWS.stream().collect(Collectors.toUnmodifiableMap(r -> r.get("alias"), r -> r.get("word")));
  /** Shorthand and the lemma of the word it stands for: what triggers and noun classes read ("ppl" is "person"). */
  static final Map<String, String> LEMMAS =
      ROWS.stream().collect(Collectors.toUnmodifiableMap(r -> r.get("alias"), r -> r.get("lemma")));

  private ShorthandWords() {}
}
