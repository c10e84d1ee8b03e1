package org.sitrep.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rows of lemma-fixes.tsv on hand-tagged tokens with the lemmas CoreNLP gives them. */
class LemmaFixesTest {
  @Test
  void woundAsAPresentVerbIsNotWind() {
    List<CoreLabel> tokens = HeadlineVerbsTest.labels("Airstrikes/NNS kill/VBP and/CC wound/VBP dozens/NNS");
    tokens.get(3).setLemma("wind");
    assertEquals(1, LemmaFixes.repair(tokens));
    assertEquals("wound", tokens.get(3).lemma());
  }

  @Test
  void theFixAppliesOnlyUnderItsTag() {
    List<CoreLabel> tokens = HeadlineVerbsTest.labels("a/DT wound/NN");
    tokens.get(1).setLemma("wind");
    assertEquals(0, LemmaFixes.repair(tokens));
    assertEquals("wind", tokens.get(1).lemma(), "the row is for tags starting VB");
  }

  @Test
  void otherWordsAndRightLemmasAreLeftAlone() {
    List<CoreLabel> tokens = HeadlineVerbsTest.labels("Gunmen/NNS wounded/VBD 7/CD as/IN fighting/NN winds/VBZ down/RP");
    tokens.get(1).setLemma("wound");
    tokens.get(5).setLemma("wind");
    assertEquals(0, LemmaFixes.repair(tokens));
    assertEquals("wound", tokens.get(1).lemma());
    assertEquals("wind", tokens.get(5).lemma(), "'to wind' keeps its own lemma");
    List<CoreLabel> right = HeadlineVerbsTest.labels("Rebels/NNS wound/VBP 7/CD");
    right.get(1).setLemma("wound");
    assertEquals(0, LemmaFixes.repair(right), "nothing to change: not counted");
    assertEquals("wound", right.get(1).lemma());
  }

  @Test
  void aVerbRetaggedByHeadlineVerbsKeepsItsLemma() {
    // the order of CoreNlpAnnotator.repairTags: HeadlineVerbs sets the lemma of the new tag, then LemmaFixes
    List<CoreLabel> tokens = HeadlineVerbsTest.labels("Gunmen/NNS kill/VBP 3/CD and/CC wound/NN 7/CD");
    HeadlineVerbs.standard().repair(tokens);
    LemmaFixes.repair(tokens);
    assertEquals("VBP", tokens.get(4).tag());
    assertEquals("wound", tokens.get(4).lemma());
  }
}
