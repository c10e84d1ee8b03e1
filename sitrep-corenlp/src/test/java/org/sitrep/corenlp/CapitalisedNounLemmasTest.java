package org.sitrep.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Capitalised common nouns tagged as names get their common-noun lemma, names keep theirs. */
class CapitalisedNounLemmasTest {
  private static List<CoreLabel> tagged(String spec) {
    List<CoreLabel> tokens = HeadlineVerbsTest.labels(spec);
    for (CoreLabel t : tokens) {
      t.setLemma(t.tag().startsWith("NNP") ? t.word() : t.word().toLowerCase());
      t.setNER("O");
    }
    return tokens;
  }

  @Test
  void aSentencesFirstWordTaggedAsANameGetsItsNounLemma() {
    List<CoreLabel> tokens = tagged("Airstrikes/NNP target/VBP several/JJ areas/NNS in/IN Homs/NNP");
    tokens.get(5).setNER("LOCATION");
    assertEquals(1, CapitalisedNounLemmas.repair(tokens));
    assertEquals("airstrike", tokens.get(0).lemma());
    assertEquals("Homs", tokens.get(5).lemma(), "not the first word of a sentence in mixed case");
  }

  @Test
  void everyUnnamedWordOfATitleCaseHeadline() {
    List<CoreLabel> tokens = tagged("Syria/NNP :/: Improvised/NNP Mines/NNP Kill/VB ,/, Injure/VB Hundreds/NNS in/IN Manbij/NNP");
    tokens.get(0).setNER("LOCATION");
    tokens.get(9).setNER("LOCATION");
    CapitalisedNounLemmas.repair(tokens);
    assertEquals("mine", tokens.get(3).lemma());
    assertEquals("improvised", tokens.get(2).lemma());
    assertEquals("Syria", tokens.get(0).lemma(), "a name NER found keeps its lemma");
    assertEquals("Manbij", tokens.get(9).lemma());
  }

  @Test
  void acronymsAndMixedCaseNamesAreLeftAlone() {
    List<CoreLabel> tokens = tagged("SDF/NNP take/VBP Raqqa/NNP");
    List<CoreLabel> camel = tagged("McDonalds/NNP opens/VBZ stores/NNS");
    assertEquals(0, CapitalisedNounLemmas.repair(tokens));
    assertEquals(0, CapitalisedNounLemmas.repair(camel));
    assertEquals("SDF", tokens.get(0).lemma());
    assertEquals("McDonalds", camel.get(0).lemma());
  }
}
