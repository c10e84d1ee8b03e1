package org.sitrep.corenlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Set;

/**
 * In mixed-case text an all-capitals word is an acronym, but the tagger reads the ones spelled like
 * function words as those words: "IS kills an Iranian commander" (IS/VBZ, lemma "be", parsed as an
 * auxiliary), "US warplanes" rarely, "IT" as a pronoun. Such a token is retagged NNP (lemma as
 * written) before the parse so the actor finder and the parser see a name.
 */
final class AcronymTags {
  /** Tags of closed-class words the tagger gives to acronyms spelled like them. */
  private static final Set<String> FUNCTION_TAGS = Set.of("VBZ", "VBP", "VBD", "VB", "MD", "PRP", "IN", "DT", "CC", "TO", "WP", "WDT", "WRB", "RB");

  private AcronymTags() {}

  /** Retags in place; returns how many tokens changed. */
  static int repair(List<CoreLabel> tokens) {
    if (!hasLowercaseWord(tokens)) {
      return 0; // a headline set in capitals: capitals say nothing
    }
    int changed = 0;
    for (CoreLabel token : tokens) {
      if (isAcronym(token.word()) && token.tag() != null && FUNCTION_TAGS.contains(token.tag())) {
        token.setTag("NNP");
        token.setLemma(token.word());
        changed++;
      }
    }
    return changed;
  }

  private static boolean isAcronym(String word) {
    return word.length() >= 2 && word.chars().allMatch(Character::isUpperCase);
  }

  private static boolean hasLowercaseWord(List<CoreLabel> tokens) {
    return tokens.stream().anyMatch(t -> !t.word().isEmpty() && Character.isLowerCase(t.word().charAt(0)));
  }
}
