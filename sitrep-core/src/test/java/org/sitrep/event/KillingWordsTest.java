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

  @Test
  void beatenToDeathCountsTheDeadAndBeatenAloneNone() {
    Event killed = EventExtractorTest.only(EventExtractorTest.runOne(
        "A/a/DT mob/mob/NN beat/beat/VBD two/two/CD men/man/NNS to/to/IN death/death/NN in/in/IN Kano/Kano/NNP",
        "det 1 0; nsubj 2 1; root -1 2; nummod 4 3; obj 2 4; case 6 5; obl:to 2 6; case 8 7; obl:in 2 8", "Kano"));
    assertEquals(2, killed.fatalities().value());
    Event beaten = EventExtractorTest.only(EventExtractorTest.runOne(
        "A/a/DT mob/mob/NN beat/beat/VBD two/two/CD men/man/NNS in/in/IN Kano/Kano/NNP",
        "det 1 0; nsubj 2 1; root -1 2; nummod 4 3; obj 2 4; case 6 5; obl:in 2 6", "Kano"));
    assertEquals(null, beaten.fatalities(), "beaten, not killed");
  }

  @Test
  void oneManBeatenToDeathIsTheDeadOfTheAttackBefore() {
    var attack = new SentenceBuilder(0).words("Gunmen/gunman/NNS attacked/attack/VBD shopkeepers/shopkeeper/NNS in/in/IN Kano/Kano/NNP ././.")
        .deps("nsubj 1 0; root -1 1; obj 1 2; case 4 3; obl:in 1 4; punct 1 5").build(0);
    var dead = new SentenceBuilder(attack.text().length() + 1).words("One/one/CD man/man/NN beaten/beat/VBN to/to/IN death/death/NN ././.")
        .deps("nummod 1 0; nsubj:pass 2 1; root -1 2; case 4 3; obl:to 2 4; punct 2 5").build(1);
    var gunmen = EventExtractorTest.actor(attack, "Gunmen", "Unidentified Armed Group", org.sitrep.model.ActorKind.UNKNOWN);
    Event e = EventExtractorTest.only(EventExtractorTest.run(List.of(attack, dead), List.of(gunmen),
        List.of(EventExtractorTest.place("Kano", attack, "Kano", 12.0, 8.5))));
    assertEquals(1, e.fatalities().value());
  }
}
