package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Event;
import org.sitrep.model.Sentence;

/** A casualty sentence after the sentence of a fight: its dead are the fight's, whoever they were. */
class CasualtyNextSentenceTest {
  private static final String FIGHT = "Fighting/fighting/NN broke/break/VBD out/out/RP between/between/IN rebels/rebel/NNS and/and/CC troops/troop/NNS";
  private static final String FIGHT_DEPS = "nsubj 1 0; root -1 1; compound:prt 1 2; case 4 3; obl:between 1 4; cc 6 5; conj:and 4 6; obl:between 1 6";

  private static List<Event> run(String second, String secondDeps) {
    Sentence fight = new SentenceBuilder(0).words(FIGHT).deps(FIGHT_DEPS).build(0);
    int offset = fight.text().length() + 1;
    Sentence dead = new SentenceBuilder(offset).words(second).deps(secondDeps).build(1);
    var rebels = EventExtractorTest.actor(fight, "rebels", "Rebels", ActorKind.REBEL);
    var troops = EventExtractorTest.actor(fight, "troops", "Troops", ActorKind.STATE_MILITARY);
    return EventExtractorTest.run(List.of(fight, dead), List.of(rebels, troops), List.of());
  }

  @Test
  void civiliansKilledInTheNextSentenceAreTheFightsDead() {
    List<Event> events = run("11/11/CD people/person/NNS were/be/VBD killed/kill/VBN", "nummod 1 0; nsubj:pass 3 1; aux:pass 3 2; root -1 3");
    assertEquals(1, events.size(), events.toString());
    assertEquals(11, events.get(0).fatalities().value());
    Event fight = events.get(0);
    assertEquals(java.util.Set.of("Rebels", "Troops"), java.util.Set.of(fight.actor().name(), fight.target().name()),
        "'between rebels and troops' gives the fight its parties");
  }

  @Test
  void withoutAFightBeforeThemPeopleKilledAloneAreNoEvent() {
    Sentence crash = new SentenceBuilder(0).words("Two/two/CD trains/train/NNS collided/collide/VBD").deps("nummod 1 0; nsubj 2 1; root -1 2").build(0);
    Sentence dead = new SentenceBuilder(crash.text().length() + 1).words("11/11/CD people/person/NNS were/be/VBD killed/kill/VBN")
        .deps("nummod 1 0; nsubj:pass 3 1; aux:pass 3 2; root -1 3").build(1);
    assertEquals(List.of(), EventExtractorTest.run(List.of(crash, dead), List.of(), List.of()));
  }
}
