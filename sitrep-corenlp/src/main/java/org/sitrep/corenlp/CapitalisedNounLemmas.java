package org.sitrep.corenlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.Morphology;
import java.util.List;
import java.util.Locale;
import org.sitrep.nlp.TitleCase;

/**
 * A capitalised common noun tagged as a name keeps its spelling as lemma: "Airstrikes/NNP target
 * ...", "Missiles/NNP launched ...", and every word of a title-case headline ("Improvised Mines/NNP
 * Kill, Injure Hundreds in Manbij"). The trigger lexicon is written in lemmas, so those events were
 * lost. Where capitals say nothing about names (a sentence's first word; any word of a title-case
 * sentence), such a token with no NER name gets the common-noun lemma of its lower-case form. The
 * tag is kept: the parser reads these headlines well enough, the lemma is what was missing.
 */
final class CapitalisedNounLemmas {
  private CapitalisedNounLemmas() {}

  /** Mends lemmas in place; returns how many changed. */
  static int repair(List<CoreLabel> tokens) {
    boolean titleCase = isTitleCase(tokens);
    int first = firstWord(tokens);
    int changed = 0;
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel token = tokens.get(i);
      if ((i == first || titleCase) && isUnnamedCapitalisedName(token)) {
        String lemma = Morphology.lemmaStatic(token.word().toLowerCase(Locale.ROOT), "NNS", true);
        if (!lemma.equals(token.lemma())) {
          token.setLemma(lemma);
          changed++;
        }
      }
    }
    return changed;
  }

  private static boolean isUnnamedCapitalisedName(CoreLabel token) {
    String word = token.word();
    String tag = token.tag();
    return ("NNP".equals(tag) || "NNPS".equals(tag)) && ("O".equals(token.ner()) || token.ner() == null)
        && word.length() > 1 && Character.isUpperCase(word.charAt(0))
        && word.substring(1).chars().allMatch(Character::isLowerCase);
  }

  /** The first token that is a word: a headline may open with a quotation mark. */
  private static int firstWord(List<CoreLabel> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      if (Character.isLetter(tokens.get(i).word().charAt(0))) {
        return i;
      }
    }
    return -1;
  }

  /** The sentence is set in title case ({@link TitleCase}). */
  static boolean isTitleCase(List<CoreLabel> tokens) {
    return TitleCase.of(tokens.stream().map(CoreLabel::word).toList(), 1);
  }
}
