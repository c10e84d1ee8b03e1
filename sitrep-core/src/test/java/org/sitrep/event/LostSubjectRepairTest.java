package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Dependency;
import org.sitrep.model.Sentence;

/** Misparses that hang a verb's subject on the phrase before it ("On Sunday rioters attacked"). */
class LostSubjectRepairTest {
  private static List<Dependency> repaired(String words, String deps) {
    Sentence s = new SentenceBuilder(0).words(words).deps(deps).build(0);
    return LostSubjectRepair.repair(s, s.dependencies());
  }

  private static boolean has(List<Dependency> deps, String relation, int governor, int dependent) {
    return deps.stream().anyMatch(d -> d.relation().equals(relation) && d.governor() == governor && d.dependent() == dependent);
  }

  private static final String ON_DAY = "On/on/IN %s/%s/NNP rioters/rioter/NNS attacked/attack/VBD a/a/DT hotel/hotel/NN ././.";
  private static final String ON_DAY_DEPS = "case 2 0; compound 2 1; obl:on 3 2; root -1 3; det 5 4; obj 3 5; punct 3 6";

  @Test
  void aPluralNounGluedToADayIsTheSubjectAndTheDayWhatOnDates() {
    List<Dependency> deps = repaired(String.format(ON_DAY, "Sunday", "Sunday"), ON_DAY_DEPS);
    assertTrue(has(deps, "nsubj", 3, 2), deps.toString());
    assertTrue(has(deps, "obl:on", 3, 1), deps.toString());
    assertTrue(has(deps, "case", 1, 0), deps.toString());
    assertTrue(!has(deps, "compound", 2, 1), deps.toString());
  }

  @Test
  void aNounGluedToAnotherNameOrAVerbWithASubjectStaysAsParsed() {
    List<Dependency> street = repaired(String.format(ON_DAY, "Main", "Main"), ON_DAY_DEPS);
    assertTrue(has(street, "obl:on", 3, 2), "\"on Main rioters\" names no date: " + street);
    String withSubject = "On/on/IN Sunday/Sunday/NNP rioters/rioter/NNS they/they/PRP attacked/attack/VBD a/a/DT hotel/hotel/NN ././.";
    List<Dependency> kept = repaired(withSubject, "case 2 0; compound 2 1; obl:on 4 2; nsubj 4 3; root -1 4; det 6 5; obj 4 6;"
        + " punct 4 7");
    assertTrue(has(kept, "obl:on", 4, 2), kept.toString());
  }

  private static final String RANGE = "after/after/IN the/the/DT quake/quake/NN ,/,/, between/between/IN 4,000/4000/CD and/and/CC"
      + " 5,000/5000/CD %s/%s/NNS have/have/VBP left/leave/VBN Nalgad/Nalgad/NNP ././.";
  private static final String RANGE_DEPS = "case 2 0; det 2 1; obl:after 10 2; punct 2 3; case 8 4; nummod 8 5; cc 7 6; conj:and 5 7;"
      + " nummod 8 7; nmod:between 2 8; aux 10 9; root -1 10; obj 10 11; punct 10 12";

  @Test
  void aCountedNounHungOnThePhraseBeforeTheAuxiliaryIsTheSubject() {
    List<Dependency> deps = repaired(String.format(RANGE, "people", "person"), RANGE_DEPS);
    assertTrue(has(deps, "nsubj", 10, 8), deps.toString());
    assertTrue(!has(deps, "nmod:between", 2, 8), deps.toString());
  }

  @Test
  void anUncountedNounBeforeTheAuxiliaryStaysAsParsed() {
    String words = "after/after/IN the/the/DT quake/quake/NN of/of/IN the/the/DT hills/hill/NNS have/have/VBP left/leave/VBN"
        + " Nalgad/Nalgad/NNP ././.";
    List<Dependency> deps = repaired(words, "case 2 0; det 2 1; obl:after 7 2; case 5 3; det 5 4; nmod:of 2 5; aux 7 6; root -1 7;"
        + " obj 7 8; punct 7 9");
    assertTrue(has(deps, "nmod:of", 2, 5), deps.toString());
  }

  @Test
  void aCountedNounHungOnTheVerbOfSayingIsTheSubjectOfTheFiniteVerbAfterIt() {
    List<Dependency> deps = repaired("The/the/DT chief/chief/NN says/say/VBZ around/around/IN 2,600/2600/CD residents/resident/NNS"
        + " have/have/VBP moved/move/VBN to/to/IN schools/school/NNS ././.", "det 1 0; nsubj 2 1; nsubj:xsubj 7 1; root -1 2; case 5 3;"
        + " nummod 5 4; obl:around 2 5; aux 7 6; xcomp 2 7; case 9 8; obl:to 7 9; punct 2 10");
    assertTrue(has(deps, "nsubj", 7, 5), deps.toString());
    assertTrue(!has(deps, "nsubj:xsubj", 7, 1), deps.toString());
    List<Dependency> toMove = repaired("The/the/DT chief/chief/NN told/tell/VBD 2,600/2600/CD residents/resident/NNS to/to/TO move/move/VB"
        + " ././.", "det 1 0; nsubj 2 1; root -1 2; nummod 4 3; obj 2 4; nsubj:xsubj 6 4; mark 6 5; xcomp 2 6; punct 2 7");
    assertTrue(has(toMove, "obj", 2, 4) && has(toMove, "nsubj:xsubj", 6, 4), "a controlled verb keeps its lent subject: " + toMove);
  }
}
