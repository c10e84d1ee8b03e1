package org.sitrep.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/** A sentence's tokens as {lemma, lower-cased word} pairs: what sub-type cues are matched against. */
final class SentenceWords {
  /** Shorthand and the word it stands for (word-aliases.tsv). */
  private static final Map<String, String> ALIASES = ShorthandWords.WORDS;

  private SentenceWords() {}

  /**
   * "w/o" and "w/", which the tokenizer splits at the slash: the last piece reads as the whole ("w" "/" "o" gives "o"
   * the form "w/o", so that "w/o a fight" reads "without a fight").
   */
  private static String slashed(List<Token> tokens, int i, String word) {
    if (i >= 2 && tokens.get(i - 1).word().equals("/")) {
      return tokens.get(i - 2).word().toLowerCase(Locale.ROOT) + "/" + word;
    }
    boolean slashEnds = word.equals("/") && i >= 1 && !(i + 1 < tokens.size() && ALIASES.containsKey(
        tokens.get(i - 1).word().toLowerCase(Locale.ROOT) + "/" + tokens.get(i + 1).word().toLowerCase(Locale.ROOT)));
    return slashEnds ? tokens.get(i - 1).word().toLowerCase(Locale.ROOT) + "/" : word;
  }

  static List<Set<String>> of(Sentence s) {
    List<Token> tokens = s.tokens();
    List<Set<String>> words = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (monthOrDayName(t)) {
        words.add(Set.of(t.word())); // "in March" is no march: the name keeps its capital, so no cue matches it
        continue;
      }
      String word = t.word().toLowerCase(Locale.ROOT);
      String lemma = TriggerMatcher.lemma(t);
      Set<String> forms = new HashSet<>(List.of(word, lemma));
      String alias = ALIASES.get(slashed(tokens, i, word));
      if (alias != null) {
        forms.add(alias);
      }
      hyphenated(tokens, i).ifPresent(first -> {
        forms.add(first + "-" + word);
        forms.add(first + "-" + lemma);
      });
      words.add(Set.copyOf(forms));
    }
    return words;
  }

  /**
   * The tokenizer splits "five-set", "live-fire" and "secretary-general" into three tokens; the word
   * before the hyphen, so that the last piece also reads as the whole compound (as the data files
   * write it).
   */
  private static Optional<String> hyphenated(List<Token> tokens, int i) {
    if (i < 2 || !tokens.get(i - 1).word().equals("-")) {
      return Optional.empty();
    }
    return Optional.of(tokens.get(i - 2).word().toLowerCase(Locale.ROOT));
  }

  private static boolean monthOrDayName(Token t) {
    return "DATE".equals(t.ner()) && !t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0));
  }
}
