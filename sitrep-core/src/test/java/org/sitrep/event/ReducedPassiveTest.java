package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Event;
import org.sitrep.model.Sentence;

/**
 * The telegraphic passive of monitoring reports ("Six SDF fighters and four faction members killed, several
 * wounded"): the subject of a casualty verb with no object and no auxiliary are its victims, not its killers.
 */
class ReducedPassiveTest {
  private static final String FIGHT = "Fighting/fighting/NN broke/break/VBD out/out/RP near/near/IN Tal/Tal/NNP Tamr/Tamr/NNP ././.";
  private static final String FIGHT_DEPS = "nsubj 1 0; root -1 1; compound:prt 1 2; case 5 3; compound 5 4; obl:near 1 5; punct 1 6";

  @Test
  void theSubjectOfABareKilledAreTheDeadOfTheFightBefore() {
    Sentence fight = new SentenceBuilder(0).words(FIGHT).deps(FIGHT_DEPS).build(0);
    Sentence toll = new SentenceBuilder(fight.text().length() + 1).words("Six/six/CD rebels/rebel/NNS and/and/CC four/four/CD"
        + " troops/troop/NNS killed/kill/VBD ,/,/, several/several/JJ wounded/wound/VBN ././.")
        .deps("nummod 1 0; nsubj 5 1; cc 4 2; nummod 4 3; conj:and 1 4; root -1 5; punct 5 6; nsubj:pass 8 7; xcomp 5 8; punct 5 9")
        .build(1);
    var rebels = EventExtractorTest.actor(toll, "rebels", "Rebels", ActorKind.REBEL);
    List<Event> events = EventExtractorTest.run(List.of(fight, toll), List.of(rebels),
        List.of(EventExtractorTest.place("Tal Tamr", fight, "Tal Tamr", 36.65, 40.37)));
    Event only = EventExtractorTest.only(events);
    assertEquals(org.sitrep.model.EventType.BATTLE, only.type(), "the rebels are the dead, not killers of their own");
    assertEquals(10, only.fatalities().value());
    assertNotNull(only.injured(), "the wounded move with the dead to the fight");
    assertEquals(3, only.injured().value());
  }

  @Test
  void aVerbJoinedToAnotherKeepsTheSubjectTheyShare() {
    // "Villagers hacked and burned to death four women": "burned" has its subject from "hacked" and its object there too
    Sentence s = new SentenceBuilder(0).words("Villagers/villager/NNS hacked/hack/VBD and/and/CC burned/burn/VBD to/to/IN death/death/NN"
        + " four/four/CD women/woman/NNS in/in/IN Kisii/Kisii/NNP")
        .deps("nsubj 1 0; root -1 1; cc 3 2; conj:and 1 3; nsubj 3 0; case 5 4; obl:to 1 5; nummod 7 6; obj 1 7; case 9 8; obl:in 1 9")
        .build(0);
    var villagers = EventExtractorTest.actor(s, "Villagers", "Civilians (Kenya)", ActorKind.CIVILIANS);
    List<Event> events = EventExtractorTest.run(List.of(s), List.of(villagers),
        List.of(EventExtractorTest.place("Kisii", s, "Kisii", -0.68, 34.77)));
    Event only = EventExtractorTest.only(events);
    assertNotNull(only.actor(), events.toString());
    assertEquals("Civilians (Kenya)", only.actor().name());
    assertEquals(4, only.fatalities().value());
  }

  @Test
  void aNumberTheWoundedDescribeIsNoObjectOfTheKilling() {
    // "Five civilians killed, 12 injured.": the parse hangs "12" on "killed" as its object
    Sentence fight = new SentenceBuilder(0).words(FIGHT).deps(FIGHT_DEPS).build(0);
    Sentence toll = new SentenceBuilder(fight.text().length() + 1).words("Five/five/CD civilians/civilian/NNS killed/kill/VBN ,/,/,"
        + " 12/12/CD injured/injure/VBN ././.").deps("nummod 1 0; nsubj 2 1; root -1 2; punct 2 3; obj 2 4; amod 4 5; punct 2 6").build(1);
    var civilians = EventExtractorTest.civilians(toll, "civilians");
    Event only = EventExtractorTest.only(EventExtractorTest.run(List.of(fight, toll), List.of(civilians),
        List.of(EventExtractorTest.place("Tal Tamr", fight, "Tal Tamr", 36.65, 40.37))));
    assertEquals(5, only.fatalities().value());
    assertNotNull(only.injured(), only.toString());
    assertEquals(12, only.injured().value());
  }
}
