package org.sitrep.geo;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/** Capitalised common words that are also town names ("One", "Park", "Car"): when they are the word, not the town. */
final class CommonWords {
  private CommonWords() {}

  /**
   * A one-word town name that the same article also writes in lowercase ("One" and "one", "Park" and
   * "park") is the common word capitalised at a sentence start or in a title, not the town; countries,
   * divisions and regions are exempt ("Turkey" and "turkey"), and so is a qualified name.
   */
  static boolean inLowercaseElsewhere(Toponym t, Set<String> lowercaseWords) {
    return isBareTownWord(t) && lowercaseWords.contains(t.text().toLowerCase(Locale.ROOT));
  }

  /**
   * A one-word town name at a sentence start that the POS tagger reads as a common word ("Car bomb
   * kills 5", "Just as ...": NN, RB) is that word capitalised, not the town. Only at the start: inside
   * a sentence the tagger also tags unknown names NN ("bomb Afrin"). Countries, divisions, regions
   * and qualified names are exempt.
   */
  static boolean taggedCommonWord(Toponym t, Sentence s) {
    if (!isBareTownWord(t) || !s.parsed()) {
      return false;
    }
    List<Token> tokens = s.tokens().stream()
        .filter(k -> k.start() < t.span().end() && t.span().start() < k.end()).toList();
    boolean first = !tokens.isEmpty() && firstWordOf(s, tokens.get(0));
    return first && tokens.stream().allMatch(k -> k.pos() != null && !k.pos().startsWith("NNP")
        && !"LOCATION".equals(k.ner()));
  }

  /** One word that can only be a town, with no qualifier: the only kind a common word is mistaken for. */
  private static boolean isBareTownWord(Toponym t) {
    boolean towns = t.candidates().stream().allMatch(e -> e.kind() == EntryKind.CITY);
    boolean qualified = t.qualifierCountry() != null || t.qualifierAdmin1() != null || t.admin1Qualified();
    return towns && !qualified && !t.text().contains(" ");
  }

  /** The sentence's first word, quotes and brackets before it aside. */
  private static boolean firstWordOf(Sentence s, Token token) {
    for (Token k : s.tokens()) {
      if (k == token) {
        return true;
      }
      if (k.word().chars().anyMatch(Character::isLetterOrDigit)) {
        return false;
      }
    }
    return false;
  }

  static Set<String> lowercaseWords(String text) {
    Set<String> found = new HashSet<>();
    for (Span w : ToponymScanner.words(text, 0, text.length())) {
      if (Character.isLowerCase(text.charAt(w.start()))) {
        found.add(ToponymScanner.word(text, w));
      }
    }
    return found;
  }
}
