package org.sitrep.actor;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Token;

/**
 * What the finder knows about one article while it works: its words, publication date, focus
 * country and the annotator's tokens by start offset (for part-of-speech checks; may be empty).
 */
record FindContext(String text, List<WordToken> words, LocalDate published, String focus, Map<Integer, Token> tokensByStart) {

  /** The words [from, to) as written. */
  String textOf(int from, int to) {
    return text.substring(words.get(from).start(), words.get(to - 1).end());
  }

  /** Names must show a capital somewhere ("al-Qaeda" yes, "turkey" no). */
  boolean anyCapitalised(int from, int to) {
    for (int i = from; i < to; i++) {
      if (words.get(i).capitalised()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the annotator tagged the word as a function word (verb, pronoun, determiner,
   * preposition...): then "IS" in "it IS" or "US" in "let US" is no actor.
   */
  boolean taggedAsFunctionWord(WordToken w) {
    Token t = tokensByStart.get(w.start());
    String pos = t == null ? null : t.pos();
    return pos != null && pos.matches("VB.*|PRP.*|WP.*|WDT|DT|IN|MD|CC|TO|EX|RB.*");
  }
}
