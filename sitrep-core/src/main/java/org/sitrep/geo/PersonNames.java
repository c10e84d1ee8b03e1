package org.sitrep.geo;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * Words that the article uses inside a person's full name ("Georgia Stevens", "Chet Culver"),
 * as name keys. Feature stories name a person in full once and then by one name ("Georgia began
 * skating at four"); that bare name is the person, not the country or town it also spells.
 */
final class PersonNames {
  /** Longer PERSON runs are mostly NER reading a name with its title or team ("Erie GM Sherry Bassin"). */
  private static final int MAX_WORDS = 3;

  private PersonNames() {}

  /** "Star of Honolulu" is a boat, not a person: every word of a full name is capitalised. */
  private static boolean capitalised(Token t) {
    return !t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0));
  }

  static Set<String> of(List<Sentence> sentences) {
    Set<String> words = new HashSet<>();
    for (Sentence s : sentences) {
      List<Token> tokens = s.tokens();
      int i = 0;
      while (i < tokens.size()) {
        int j = i;
        while (j < tokens.size() && "PERSON".equals(tokens.get(j).ner())) {
          j++;
        }
        if (j - i >= 2 && j - i <= MAX_WORDS && tokens.subList(i, j).stream().allMatch(PersonNames::capitalised)) {
          tokens.subList(i, j).forEach(t -> words.add(NameKey.of(t.word())));
        }
        i = Math.max(j, i + 1);
      }
    }
    return words;
  }
}
