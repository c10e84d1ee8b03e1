package org.sitrep.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

class AcronymTagsTest {
  @Test
  void anAcronymSpelledLikeAFunctionWordBecomesAName() {
    List<CoreLabel> tokens = HeadlineVerbsTest.labels("IS/VBZ kills/VBZ an/DT Iranian/JJ commander/NN");
    assertEquals(1, AcronymTags.repair(tokens));
    assertEquals("NNP VBZ DT JJ NN", HeadlineVerbsTest.tags(tokens));
    assertEquals("IS", tokens.get(0).lemma());
  }

  @Test
  void ordinaryWordsAndNamesAreLeftAlone() {
    List<CoreLabel> tokens = HeadlineVerbsTest.labels("It/PRP is/VBZ in/IN the/DT UN/NNP report/NN");
    assertEquals(0, AcronymTags.repair(tokens));
    assertEquals("PRP VBZ IN DT NNP NN", HeadlineVerbsTest.tags(tokens));
  }

  @Test
  void aHeadlineInCapitalsIsLeftAlone() {
    List<CoreLabel> tokens = HeadlineVerbsTest.labels("REBELS/NNS SAY/VBP IT/PRP IS/VBZ OVER/IN");
    assertEquals(0, AcronymTags.repair(tokens));
  }

}
