package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;

/** Words that count the dead of a killing: martyrs, an assassination of, an execution of. */
class KillingWordsTest {

  @Test
  void martyrsInABombingAreItsDead() {
    Event e = EventExtractorTest.only(EventExtractorTest.runOne(
        "3/3/CD martyrs/martyr/NNS in/in/IN the/the/DT bombing/bombing/NN of/of/IN Deir/Deir/NNP",
        "nummod 1 0; root -1 1; case 4 2; det 4 3; nmod:in 1 4; case 6 5; nmod:of 4 6", "Deir"));
    assertEquals(EventType.EXPLOSION_REMOTE_VIOLENCE, e.type());
    assertEquals(3, e.fatalities().value());
  }

  @Test
  void anAssassinationOfMembersCountsThem() {
    Event e = EventExtractorTest.only(EventExtractorTest.runOne(
        "Daraa/Daraa/NNP witnesses/witness/VBZ the/the/DT assassination/assassination/NN of/of/IN 2/2/CD members/member/NNS",
        "nsubj 1 0; root -1 1; det 3 2; obj 1 3; case 6 4; nummod 6 5; nmod:of 3 6", "Daraa"));
    assertEquals(2, e.fatalities().value());
  }

  @Test
  void anExecutionOfPeopleIsAKillingAndOfAPlanNothing() {
    Event e = EventExtractorTest.only(EventExtractorTest.runOne(
        "HTS/HTS/NNP carries/carry/VBZ out/out/RP an/a/DT execution/execution/NN of/of/IN 12/12/CD members/member/NNS in/in/IN Idlib/Idlib/NNP",
        "nsubj 1 0; root -1 1; compound:prt 1 2; det 4 3; obj 1 4; case 7 5; nummod 7 6; nmod:of 4 7; case 9 8; obl:in 1 9", "Idlib"));
    assertEquals(EventType.ATTACK_ON_CIVILIANS, e.type());
    assertEquals(12, e.fatalities().value());
    assertEquals(List.of(), EventExtractorTest.runOne(
        "The/the/DT execution/execution/NN of/of/IN the/the/DT plan/plan/NN in/in/IN Aleppo/Aleppo/NNP took/take/VBD years/year/NNS",
        "det 1 0; nsubj 7 1; case 4 2; det 4 3; nmod:of 1 4; case 6 5; nmod:in 1 6; root -1 7; obj 7 8", "Aleppo"));
  }
}
