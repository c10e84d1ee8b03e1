package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;

/** Counts of the displaced in shorthand, in reduced relatives, in Indian English, beside a range of days. */
class DisplacedCountsTest {
  private static Event displacement(List<Event> events) {
    return events.stream().filter(e -> e.type() == EventType.DISPLACEMENT).findFirst()
        .orElseThrow(() -> new AssertionError("no displacement in " + events));
  }

  @Test
  void pplLeavingAreDisplacedPeople() {
    String words = "about/about/RB 19,000/19000/CD %s have/have/VBP left/leave/VBN Yellowknife/Yellowknife/NNP ././.";
    String deps = "advmod 1 0; nummod 2 1; nsubj 4 2; aux 4 3; root -1 4; obj 4 5; punct 4 6";
    assertEquals(19000, displacement(EventExtractorTest.runOne(String.format(words, "ppl/ppl/NN"), deps, "Yellowknife")).displaced().value());
    List<Event> fans = EventExtractorTest.runOne(String.format(words, "fans/fan/NNS"), deps, "Yellowknife");
    assertTrue(fans.stream().noneMatch(e -> e.type() == EventType.DISPLACEMENT), fans.toString());
  }

  @Test
  void familiesLeftHomelessAreCountedInAReducedRelative() {
    List<Event> events = EventExtractorTest.runOne("approx./approx./RB 3,000/3000/CD families/family/NNS left/leave/VBN"
        + " homeless/homeless/JJ in/in/IN Burka/Burka/NNP ././.", "advmod 1 0; nummod 2 1; root -1 2; acl 2 3; obj 3 4; case 6 5;"
        + " obl:in 3 6; punct 2 7", "Burka");
    assertEquals(3000, displacement(events).displaced().value());
  }

  @Test
  void residentsShiftedToReliefCampsAreDisplacedGoodsAreNot() {
    String words = "3,400/3400/CD %s had/have/VBD been/be/VBN shifted/shift/VBN to/to/IN relief/relief/NN camps/camp/NNS in/in/IN"
        + " Imphal/Imphal/NNP ././.";
    String deps = "nummod 1 0; nsubj:pass 4 1; aux 4 2; aux:pass 4 3; root -1 4; case 7 5; compound 7 6; obl:to 4 7; case 9 8;"
        + " nmod:in 7 9; punct 4 10";
    assertEquals(3400, displacement(EventExtractorTest.runOne(String.format(words, "residents/resident/NNS"), deps, "Imphal"))
        .displaced().value());
    List<Event> offices = EventExtractorTest.runOne(String.format(words, "files/file/NNS").replace("relief/relief/NN camps/camp/NNS",
        "new/new/JJ offices/office/NNS"), deps, "Imphal");
    assertTrue(offices.stream().noneMatch(e -> e.type() == EventType.DISPLACEMENT), offices.toString());
  }

  @Test
  void daysOfAMonthInARangeCountNoOne() {
    String words = "Attacks/attack/NNS forced/force/VBD some/some/DT 3,500/3500/CD people/person/NNS to/to/TO move/move/VB to/to/IN"
        + " Mokolo/Mokolo/NNP between/between/IN 8/8/CD and/and/CC 13/13/CD%s ././.";
    String deps = "nsubj 1 0; root -1 1; advmod 3 2; nummod 4 3; obj 1 4; nsubj:xsubj 6 4; mark 6 5; xcomp 1 6; case 8 7;"
        + " obl:to 6 8; case 10 9; obl:between 6 10; cc 12 11; obl:between 6 12; conj:and 10 12%s; punct 1 %d";
    Event days = displacement(EventExtractorTest.runOne(String.format(words, " June/June/NNP"),
        String.format(deps, "; obl:tmod 10 13", 14), "Mokolo"));
    assertTrue(days.displaced() == null || days.displaced().value() == 3500, "8 and 13 June are days: " + days.displaced());
  }

  @Test
  void peopleBroughtOutOfATownAreDisplacedBagsAreNot() {
    String brought = "around/around/RB 1,700/1700/CD %s/%s/NNS have/have/VBP been/be/VBN brought/bring/VBN out/out/IN of/of/IN"
        + " Vovchansk/Vovchansk/NNP ././.";
    String deps = "advmod 1 0; nummod 2 1; nsubj:pass 5 2; aux 5 3; aux:pass 5 4; root -1 5; case 8 6; fixed 6 7; obl:out_of 5 8; punct 5 9";
    assertEquals(1700, displacement(EventExtractorTest.runOne(String.format(brought, "people", "person"), deps, "Vovchansk"))
        .displaced().value());
    List<Event> bags = EventExtractorTest.runOne(String.format(brought, "bags", "bag"), deps, "Vovchansk");
    assertTrue(bags.stream().noneMatch(e -> e.type() == EventType.DISPLACEMENT), bags.toString());
  }

  @Test
  void countedResidentsMovingIntoSchoolsAreDisplacedStudentsMovingToSchoolsAreNot() {
    String words = "%s have/have/VBP moved/move/VBN to/to/IN schools/school/NNS in/in/IN Phalombe/Phalombe/NNP ././.";
    List<Event> residents = EventExtractorTest.runOne(String.format(words, "3,450/3450/CD households/household/NNS"),
        "nummod 1 0; nsubj 3 1; aux 3 2; root -1 3; case 5 4; obl:to 3 5; case 7 6; nmod:in 5 7; punct 3 8", "Phalombe");
    assertEquals(3450, displacement(residents).displaced().value());
    List<Event> students = EventExtractorTest.runOne(String.format(words, "students/student/NNS"),
        "nsubj 2 0; aux 2 1; root -1 2; case 4 3; obl:to 2 4; case 6 5; nmod:in 4 6; punct 2 7", "Phalombe");
    assertTrue(students.stream().noneMatch(e -> e.type() == EventType.DISPLACEMENT), students.toString());
  }
}
