package org.sitrep.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-tagged sentences (word/TAG as the tagger would give them), so no models are needed. */
class GerundAndParticipleTagsTest {
  @Test
  void aGerundAfterADeterminerIsTheNounAndTheParticipleAfterItThePastTense() {
    List<CoreLabel> tokens = HeadlineVerbsTest.labels("The/DT shelling/VBG killed/VBN 5/CD people/NNS");
    tokens.get(1).setLemma("shell");
    tokens.get(2).setLemma("kill");
    assertEquals(2, GerundAndParticipleTags.repair(tokens));
    assertEquals("DT NN VBD CD NNS", HeadlineVerbsTest.tags(tokens));
    assertEquals("shelling", tokens.get(1).lemma(), "the noun's lemma, not the verb's");
    assertEquals("kill", tokens.get(2).lemma());
  }

  @Test
  void aGerundAfterAnAdjectiveIsTheNoun() {
    List<CoreLabel> tokens = HeadlineVerbsTest.labels("heavy/JJ fighting/VBG");
    assertEquals(1, GerundAndParticipleTags.repair(tokens));
    assertEquals("JJ NN", HeadlineVerbsTest.tags(tokens));
    assertEquals("fighting", tokens.get(1).lemma());
  }

  @Test
  void aParticipleOpeningAClauseBeforeAGerundDescribesIt() {
    List<CoreLabel> tokens = HeadlineVerbsTest.labels("Since/IN May/NNP ,/, intensified/VBD shelling/VBG has/VBZ forced/VBN thousands/NNS");
    assertEquals(2, GerundAndParticipleTags.repair(tokens));
    assertEquals("IN NNP , JJ NN VBZ VBN NNS", HeadlineVerbsTest.tags(tokens));
  }

  @Test
  void aPastTenseAfterItsSubjectStaysAVerb() {
    List<CoreLabel> tokens = HeadlineVerbsTest.labels("Troops/NNS intensified/VBD shelling/VBG towns/NNS");
    assertEquals(0, GerundAndParticipleTags.repair(tokens));
    assertEquals("NNS VBD VBG NNS", HeadlineVerbsTest.tags(tokens));
  }

  @Test
  void aGerundWithAnObjectStaysAVerb() {
    List<CoreLabel> tokens = HeadlineVerbsTest.labels("his/PRP$ executing/VBG three/CD fighters/NNS");
    assertEquals(0, GerundAndParticipleTags.repair(tokens));
    assertEquals("PRP$ VBG CD NNS", HeadlineVerbsTest.tags(tokens));
  }

  @Test
  void aParticipleWithNoObjectStaysAParticiple() {
    // left for HeadlinePassives: "Soldier [was] killed in Homs"
    List<CoreLabel> tokens = HeadlineVerbsTest.labels("Soldier/NN killed/VBN in/IN Homs/NNP");
    assertEquals(0, GerundAndParticipleTags.repair(tokens));
    assertEquals("NN VBN IN NNP", HeadlineVerbsTest.tags(tokens));
  }

  @Test
  void aParticipleAfterAnAuxiliaryStaysAParticiple() {
    List<CoreLabel> perfect = HeadlineVerbsTest.labels("Troops/NNS have/VBP killed/VBN 5/CD");
    perfect.get(1).setLemma("have");
    assertEquals(0, GerundAndParticipleTags.repair(perfect));
    assertEquals("NNS VBP VBN CD", HeadlineVerbsTest.tags(perfect));
    // the auxiliary need not stand next to the participle: the noun between is its subject
    List<CoreLabel> question = HeadlineVerbsTest.labels("Has/VBZ the/DT army/NN shelled/VBN the/DT town/NN");
    question.get(0).setLemma("have");
    assertEquals(0, GerundAndParticipleTags.repair(question));
    assertEquals("VBZ DT NN VBN DT NN", HeadlineVerbsTest.tags(question));
  }


  @Test
  void untaggedTokensAreLeftAloneWithoutFailing() {
    List<CoreLabel> tokens = HeadlineVerbsTest.labels("The/DT shelling/VBG killed/VBN 5/CD");
    tokens.get(0).setTag(null);
    tokens.get(3).setTag(null);
    assertEquals(0, GerundAndParticipleTags.repair(tokens));
    assertEquals(0, HeadlineVerbs.standard().repair(tokens));
    assertEquals(0, AcronymTags.repair(tokens));
  }
}
