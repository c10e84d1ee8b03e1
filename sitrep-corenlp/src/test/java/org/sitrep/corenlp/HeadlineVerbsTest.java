package org.sitrep.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Hand-tagged headlines (word/TAG as the tagger would give them), so no models are needed. */
class HeadlineVerbsTest {
  private static final HeadlineVerbs VERBS = HeadlineVerbs.standard();

  @Test
  void baseFormAfterAPluralSubjectBecomesTheVerb() {
    assertEquals("Warplanes/NNS bomb/VBP Aleppo/NNP", repaired("Warplanes/NNS bomb/NN Aleppo/NNP"));
    assertEquals("Air/NN strikes/NNS target/VBP the/DT town/NN", repaired("Air/NN strikes/NNS target/NN the/DT town/NN"));
  }

  @Test
  void sFormAfterASingularSubjectBecomesTheVerb() {
    assertEquals("Aerial/JJ bombardment/NN targets/VBZ Duma/NNP", repaired("Aerial/JJ bombardment/NN targets/NNS Duma/NNP"));
    assertEquals("Explosion/NN rocks/VBZ Homs/NNP", repaired("Explosion/NN rocks/NNS Homs/NNP"));
  }

  @Test
  void aGroupAcronymTakesTheBaseForm() {
    assertEquals("SDF/NN control/VBP al-Mansoura/NNP", repaired("SDF/NN control/NN al-Mansoura/NNP"));
    assertEquals("Syria/NNP control/NN areas/NNS", repaired("Syria/NNP control/NN areas/NNS"));
  }

  @Test
  void aPluralReadAsASingularNounStillAgreesAndBecomesPlural() {
    assertEquals("More/JJR casualties/NNS in/IN Damascus/NNP and/CC airstrikes/NNS target/VBP Douma/NNP",
        repaired("More/JJR casualties/NNS in/IN Damascus/NNP and/CC airstrikes/NN target/NN Douma/NNP"));
    assertEquals("the/DT news/NN target/NN Douma/NNP", repaired("the/DT news/NN target/NN Douma/NNP"), "'news' is no plural");
  }

  @Test
  void aClauseAfterAndHasItsOwnVerbAfterAnEarlierOne() {
    assertEquals("Families/NNS return/VBP to/IN Jarabulus/NNP and/CC airstrikes/NNS target/VBP several/JJ areas/NNS",
        repaired("Families/NNS return/VBP to/IN Jarabulus/NNP and/CC airstrikes/NN target/NN several/JJ areas/NNS"));
    assertEquals("Families/NNS return/VBP to/IN Jarabulus/NNP and/CC the/DT target/NN areas/NNS",
        repaired("Families/NNS return/VBP to/IN Jarabulus/NNP and/CC the/DT target/NN areas/NNS"), "no subject before it");
  }

  @Test
  void coordinatedVerbsAreRepairedAtTheFirst() {
    assertEquals("Rebels/NNS ambush/VBP and/CC kill/VB 16/CD soldiers/NNS",
        repaired("Rebels/NNS ambush/NN and/CC kill/VB 16/CD soldiers/NNS"));
    assertEquals("Rebels/NNS ambush/NN and/CC shelling/NN", repaired("Rebels/NNS ambush/NN and/CC shelling/NN"));
  }

  @Test
  void aFormAfterAndThatAgreesWithAnEarlierVerbIsItsCoordinate() {
    assertEquals("Gunmen/NNS kill/VBP 3/CD and/CC wound/VBP 7/CD", repaired("Gunmen/NNS kill/VBP 3/CD and/CC wound/NN 7/CD"));
    assertEquals("Gunman/NN kills/VBZ 3/CD and/CC wounds/VBZ 7/CD", repaired("Gunman/NN kills/VBZ 3/CD and/CC wounds/NNS 7/CD"));
    // the first verb repaired too, then its coordinate
    assertEquals("Gunmen/NNS kill/VBP 3/CD and/CC wound/VBP 7/CD", repaired("Gunmen/NNS kill/NN 3/CD and/CC wound/NN 7/CD"));
  }

  @Test
  void aFormAfterAndIsLeftAloneWithoutAnAgreeingVerbOrAnObject() {
    // no present-tense verb before it
    assertEquals("Gunmen/NNS killed/VBD 3/CD and/CC wound/NN 7/CD", repaired("Gunmen/NNS killed/VBD 3/CD and/CC wound/NN 7/CD"));
    // no object after it
    assertEquals("Gunmen/NNS kill/VBP 3/CD in/IN raid/NN and/CC ambush/NN", repaired("Gunmen/NNS kill/VBP 3/CD in/IN raid/NN and/CC ambush/NN"));
    // the base form does not agree with a VBZ verb
    assertEquals("Gunman/NN kills/VBZ 3/CD and/CC wound/NN 7/CD", repaired("Gunman/NN kills/VBZ 3/CD and/CC wound/NN 7/CD"));
    assertEquals("Army/NN bombs/VBZ towns/NNS and/CC bomb/NN shelters/NNS", repaired("Army/NN bombs/VBZ towns/NNS and/CC bomb/NN shelters/NNS"));
    // not after "and"
    assertEquals("Gunmen/NNS kill/VBP 3/CD ,/, wound/NN 7/CD", repaired("Gunmen/NNS kill/VBP 3/CD ,/, wound/NN 7/CD"));
  }

  @Test
  void nounReadingsAreLeftAlone() {
    // agreement fails: "car bomb" is singular + base form
    assertEquals("Car/NN bomb/NN kills/VBZ 5/CD", repaired("Car/NN bomb/NN kills/VBZ 5/CD"));
    // a finite verb comes first: the noun is its object
    assertEquals("Troops/NNS hit/VBD rebel/NN targets/NNS Monday/NNP", repaired("Troops/NNS hit/VBD rebel/NN targets/NNS Monday/NNP"));
    // nothing that can start an object follows
    assertEquals("cluster/NN bombs/NNS in/IN Aleppo/NNP", repaired("cluster/NN bombs/NNS in/IN Aleppo/NNP"));
    assertEquals("The/DT army/NN shells/NNS hit/VBD", repaired("The/DT army/NN shells/NNS hit/VBD"));
    // at the end of the sentence
    assertEquals("Two/CD bombs/NNS", repaired("Two/CD bombs/NNS"));
  }

  @Test
  void aCapitalisedPluralFirstWordIsTheCommonNounSubject() {
    List<CoreLabel> tokens = labels("Airstrikes/NNP target/NN Maskanah/NNP");
    tokens.forEach(t -> t.setNER("O"));
    assertEquals(1, VERBS.repair(tokens));
    assertEquals("NNS VBP NNP", tags(tokens));
    assertEquals("airstrike", tokens.get(0).lemma());
    List<CoreLabel> named = labels("Athens/NNP target/NN Maskanah/NNP");
    named.get(0).setNER("LOCATION");
    assertEquals(0, VERBS.repair(named), "a name NER knows is no common noun");
  }

  @Test
  void theLemmaFollowsTheNewTag() {
    List<CoreLabel> tokens = labels("Warplanes/NNS bombs/NNS Aleppo/NNP");
    tokens.get(1).setLemma("bomb");
    assertEquals(0, VERBS.repair(tokens), "a plural subject does not take the -s form");
    List<CoreLabel> single = labels("Bombardment/NN targets/NNS Aleppo/NNP");
    assertEquals(1, VERBS.repair(single));
    assertEquals("target", single.get(1).lemma());
  }

  @Test
  void formsComeFromTheDataFile() {
    HeadlineVerbs own = HeadlineVerbs.of(java.util.Map.of("raze", "VBP", "razes", "VBZ"));
    List<CoreLabel> tokens = labels("Militants/NNS raze/NN the/DT village/NN");
    assertEquals(1, own.repair(tokens));
    assertEquals(0, own.repair(labels("Warplanes/NNS bomb/NN Aleppo/NNP")));
  }

  static String tags(List<CoreLabel> tokens) {
    return tokens.stream().map(CoreLabel::tag).collect(Collectors.joining(" "));
  }

  private static String repaired(String tagged) {
    List<CoreLabel> tokens = labels(tagged);
    VERBS.repair(tokens);
    return tokens.stream().map(t -> t.word() + "/" + t.tag()).collect(Collectors.joining(" "));
  }

  static List<CoreLabel> labels(String tagged) {
    List<CoreLabel> tokens = new ArrayList<>();
    for (String pair : tagged.split(" ")) {
      int slash = pair.lastIndexOf('/');
      CoreLabel label = new CoreLabel();
      label.setWord(pair.substring(0, slash));
      label.setValue(pair.substring(0, slash));
      label.setTag(pair.substring(slash + 1));
      tokens.add(label);
    }
    return tokens;
  }
}
