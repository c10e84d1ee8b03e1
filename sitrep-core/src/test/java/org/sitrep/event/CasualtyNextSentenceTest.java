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

  private static final String NEUTRALISED = "Troops/troop/NNS neutralised/neutralise/VBD 14/14/CD terrorists/terrorist/NNS in/in/IN Damboa/Damboa/NNP ././.";
  private static final String NEUTRALISED_DEPS = "nsubj 1 0; root -1 1; nummod 3 2; obj 1 3; case 5 4; obl:in 1 5; punct 1 6";

  private static List<Event> communique(String second, String secondDeps, ActorKind victims) {
    Sentence fight = new SentenceBuilder(0).words(NEUTRALISED).deps(NEUTRALISED_DEPS).build(0);
    Sentence toll = new SentenceBuilder(fight.text().length() + 1).words(second).deps(secondDeps).build(1);
    var actors = new java.util.ArrayList<>(List.of(EventExtractorTest.actor(fight, "Troops", "Military Forces of Nigeria", ActorKind.STATE_MILITARY),
        EventExtractorTest.actor(fight, "terrorists", "Militants", ActorKind.REBEL)));
    actors.add(EventExtractorTest.actor(toll, toll.tokens().get(1).word(), victims == ActorKind.STATE_MILITARY ? "Military Forces of Nigeria"
        : "Militants", victims));
    return EventExtractorTest.run(List.of(fight, toll), actors, List.of(EventExtractorTest.place("Damboa", fight, "Damboa", 11.16, 12.76)));
  }

  @Test
  void neutralisedTerroristsAreDeadAndTheOtherSidesDeadNextAddUp() {
    List<Event> events = communique("Two/two/CD soldiers/soldier/NNS paid/pay/VBD the/the/DT supreme/supreme/JJ price/price/NN ././.",
        "nummod 1 0; nsubj 2 1; root -1 2; det 5 3; amod 5 4; obj 2 5; punct 2 6", ActorKind.STATE_MILITARY);
    assertEquals(16, EventExtractorTest.only(events).fatalities().value(), "14 terrorists and 2 soldiers");
  }

  @Test
  void deadOfTheSameSideNextAreNoMoreDead() {
    List<Event> events = communique("Two/two/CD fighters/fighter/NNS were/be/VBD killed/kill/VBN ././.",
        "nummod 1 0; nsubj:pass 3 1; aux:pass 3 2; root -1 3; punct 3 4", ActorKind.REBEL);
    assertEquals(14, EventExtractorTest.only(events).fatalities().value(), "the two fighters are among the 14");
  }

  @Test
  void bombsNeutralisedKillNoOne() {
    Sentence s = new SentenceBuilder(0).words("Sappers/sapper/NNS neutralised/neutralise/VBD two/two/CD bombs/bomb/NNS in/in/IN Damboa/Damboa/NNP")
        .deps("nsubj 1 0; root -1 1; nummod 3 2; obj 1 3; case 5 4; obl:in 1 5").build(0);
    List<Event> events = EventExtractorTest.run(List.of(s),
        List.of(EventExtractorTest.actor(s, "Sappers", "Military Forces of Nigeria", ActorKind.STATE_MILITARY)),
        List.of(EventExtractorTest.place("Damboa", s, "Damboa", 11.16, 12.76)));
    assertEquals(List.of(), events, "neutralised bombs are no one killed");
  }
}
