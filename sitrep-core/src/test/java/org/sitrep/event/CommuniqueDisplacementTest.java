package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Sentence;

/** Displacement as agencies and live pages word it: ranges the parser strands, arrivals, passive counts, "out of". */
class CommuniqueDisplacementTest {
  private static Event displacement(List<Event> events) {
    return events.stream().filter(e -> e.type() == EventType.DISPLACEMENT).findFirst()
        .orElseThrow(() -> new AssertionError("no displacement in " + events));
  }

  @Test
  void aRangeStrandedBeforeItsPeopleStillCountsThem() {
    // "Between 12,000 and 15,000 residents have fled to Virac", parsed with "between" on the verb
    List<Event> events = EventExtractorTest.runOne("Between/between/IN 12,000/12000/CD and/and/CC 15,000/15000/CD"
        + " residents/resident/NNS of/of/IN coastal/coastal/JJ villages/village/NNS in/in/IN Catanduanes/Catanduanes/NNP"
        + " have/have/VBP fled/flee/VBN to/to/IN Virac/Virac/NNP",
        "case 1 0; obl:between 11 1; cc 3 2; conj:and 1 3; nsubj 11 4; case 7 5; amod 7 6; nmod:of 4 7; case 9 8; nmod:in 7 9;"
            + " aux 11 10; root -1 11; case 13 12; obl:to 11 13", "Virac");
    Event moved = displacement(events);
    assertEquals(12000, moved.displaced().value());
    assertEquals(15000L, moved.displaced().high());
  }

  @Test
  void aRangeHungOnTheVerbOfAMoveIsItsCount() {
    // "Between 7,000 and 9,500 residents of Canlaon have been moved to La Carlota", with the residents hung on the number
    List<Event> events = EventExtractorTest.runOne("Between/between/IN 7,000/7000/CD and/and/CC 9,500/9500/CD"
        + " residents/resident/NNS of/of/IN Canlaon/Canlaon/NNP ,/,/, within/within/IN the/the/DT danger/danger/NN zone/zone/NN ,/,/,"
        + " have/have/VBP been/be/VBN evacuated/evacuate/VBN to/to/IN Carlota/Carlota/NNP",
        "case 1 0; obl:between 15 1; cc 3 2; conj:and 1 3; dep 1 4; case 6 5; nmod:of 4 6; punct 15 7; case 11 8; det 11 9;"
            + " compound 11 10; obl:within 15 11; punct 15 12; aux 15 13; aux:pass 15 14; root -1 15; case 17 16; obl:to 15 17",
        "Carlota");
    assertEquals(7000, displacement(events).displaced().value());
  }

  @Test
  void thePassiveSubjectIsCountedBeforeAnObjectTheParserInvents() {
    List<Event> events = EventExtractorTest.runOne("96,000/96000/CD persons/person/NNS have/have/VBP been/be/VBN"
        + " evacuated/evacuate/VBN in/in/IN Granma/Granma/NNP ,/,/, 14,300/14300/CD to/to/IN shelters/shelter/NNS",
        "nummod 1 0; nsubj:pass 4 1; aux 4 2; aux:pass 4 3; root -1 4; case 6 5; obl:in 4 6; punct 4 7; obj 4 8;"
            + " case 10 9; nmod:to 8 10", "Granma");
    assertEquals(96000, displacement(events).displaced().value());
  }

  @Test
  void theArrivalOfRefugeesIsDisplacementButTheArrivalOfTroopsIsNot() {
    List<Event> refugees = EventExtractorTest.runOne("the/the/DT arrival/arrival/NN of/of/IN some/some/DT 9,300/9300/CD"
        + " refugees/refugee/NNS in/in/IN Tine/Tine/NNP", "det 1 0; root -1 1; case 5 2; advmod 4 3; nummod 5 4; nmod:of 1 5;"
        + " case 7 6; nmod:in 1 7", "Tine");
    Event arrival = displacement(refugees);
    assertEquals(9300, arrival.displaced().value());
    assertEquals("Tine", arrival.to().get(0).name());
    List<Event> troops = EventExtractorTest.runOne("the/the/DT arrival/arrival/NN of/of/IN 300/300/CD troops/troops/NNS"
        + " in/in/IN Tine/Tine/NNP", "det 1 0; root -1 1; case 4 2; nummod 4 3; nmod:of 1 4; case 6 5; nmod:in 1 6", "Tine");
    assertTrue(troops.stream().noneMatch(e -> e.type() == EventType.DISPLACEMENT), troops.toString());
  }

  @Test
  void familiesForcedToLeaveAPlaceAreItsDisplaced() {
    List<Event> events = EventExtractorTest.runOne("870/870/CD families/family/NNS have/have/VBP been/be/VBN forced/force/VBN"
        + " to/to/TO leave/leave/VB Teorama/Teorama/NNP", "nummod 1 0; nsubj:pass 4 1; nsubj:xsubj 6 1; aux 4 2; aux:pass 4 3;"
        + " root -1 4; mark 6 5; xcomp 4 6; obj 6 7", "Teorama");
    assertEquals(870, displacement(events).displaced().value());
  }

  @Test
  void familiesForcedOutOfTheHillsAreDisplaced() {
    List<Event> events = EventExtractorTest.runOne("Wildfires/wildfire/NNS have/have/VBP forced/force/VBN hundreds/hundred/NNS"
        + " of/of/IN families/family/NNS out/out/IN of/of/IN the/the/DT hills/hill/NNS above/above/IN Quilpue/Quilpue/NNP",
        "nsubj 2 0; aux 2 1; root -1 2; obj 2 3; case 5 4; nmod:of 3 5; case 9 6; fixed 6 7; det 9 8; obl:out_of 2 9;"
            + " case 11 10; nmod:above 9 11", "Quilpue");
    assertEquals(100, displacement(events).displaced().value());
  }

  @Test
  void anExplosionThatOccurredInAStorageTankIsAnAccident() {
    String words = "an/a/DT explosion/explosion/NN occurred/occur/VBD in/in/IN a/a/DT %s/%s/NN tank/tank/NN in/in/IN"
        + " Rotterdam/Rotterdam/NNP ,/,/, killing/kill/VBG five/five/CD";
    String deps = "det 1 0; nsubj 2 1; root -1 2; case 6 3; det 6 4; compound 6 5; obl:in 2 6; case 8 7; obl:in 2 8; punct 2 9;"
        + " advcl 2 10; obj 10 11";
    List<Event> storage = EventExtractorTest.runOne(String.format(words, "storage", "storage"), deps, "Rotterdam");
    assertTrue(storage.stream().noneMatch(e -> e.type() == EventType.EXPLOSION_REMOTE_VIOLENCE), storage.toString());
    List<Event> fuel = EventExtractorTest.runOne(String.format(words, "fuel", "fuel"), deps, "Rotterdam");
    assertTrue(fuel.stream().anyMatch(e -> e.type() == EventType.EXPLOSION_REMOTE_VIOLENCE), fuel.toString());
  }
}
