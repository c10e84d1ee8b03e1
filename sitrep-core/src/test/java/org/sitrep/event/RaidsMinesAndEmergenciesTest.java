package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Sentence;

/** Searches that found weapons, pits called mines, emergencies by another name, shares of the dead. */
class RaidsMinesAndEmergenciesTest {
  private static List<Event> withActor(String words, String deps, String actorWords, ActorKind kind, String placeName) {
    Sentence s = new SentenceBuilder(0).words(words).deps(deps).build(0);
    return EventExtractorTest.run(List.of(s), List.of(EventExtractorTest.actor(s, actorWords, actorWords, kind)),
        List.of(EventExtractorTest.place(placeName, s, placeName, 1.0, -79.7)));
  }

  @Test
  void aRaidThatHurtNoOneIsTheSearchBehindASeizure() {
    String words = "%s/%s/NNS raided/raid/VBD a/a/DT farmhouse/farmhouse/NN near/near/IN Esmeraldas/Esmeraldas/NNP and/and/CC"
        + " seized/seize/VBD 40/40/CD rifles/rifle/NNS ././.";
    String deps = "nsubj 1 0; nsubj 7 0; root -1 1; det 3 2; obj 1 3; case 5 4; nmod:near 3 5; cc 7 6; conj:and 1 7; nummod 9 8;"
        + " obj 7 9; punct 1 10";
    List<Event> soldiers = withActor(String.format(words, "Soldiers", "soldier"), deps, "Soldiers", ActorKind.STATE_MILITARY, "Esmeraldas");
    assertTrue(soldiers.stream().noneMatch(e -> e.type() == EventType.BATTLE), soldiers.toString());
    assertTrue(soldiers.stream().anyMatch(e -> "Disrupted weapons use".equals(e.subtype())), soldiers.toString());
    // rebels raiding a farmhouse are the violence, what they took with them part of it
    List<Event> rebels = withActor(String.format(words, "Rebels", "rebel"), deps, "Rebels", ActorKind.REBEL, "Esmeraldas");
    assertTrue(rebels.stream().anyMatch(e -> e.type() == EventType.BATTLE || e.type() == EventType.ATTACK_ON_CIVILIANS), rebels.toString());
  }

  @Test
  void aGoldMineIsNoLandmine() {
    List<Event> events = withActor("Gangs/gang/NNS killed/kill/VBD nine/nine/CD workers/worker/NNS at/at/IN a/a/DT gold/gold/NN"
        + " mine/mine/NN in/in/IN Pataz/Pataz/NNP ././.", "nsubj 1 0; root -1 1; nummod 3 2; obj 1 3; case 7 4; det 7 5; compound 7 6;"
        + " obl:at 1 7; case 9 8; nmod:in 7 9; punct 1 10", "Gangs", ActorKind.UNKNOWN, "Pataz");
    assertTrue(events.stream().noneMatch(e -> e.type() == EventType.EXPLOSION_REMOTE_VIOLENCE), events.toString());
    assertTrue(events.stream().anyMatch(e -> e.fatalities() != null && e.fatalities().value() == 9), events.toString());
  }

  @Test
  void anEmergencyDeclaredIsAStateOfEmergency() {
    String words = "The/the/DT government/government/NN %s/%s/VBD a/a/DT 60/60/CD -/-/HYPH day/day/NN emergency/emergency/NN in/in/IN"
        + " Pataz/Pataz/NNP ././.";
    String deps = "det 1 0; nsubj 2 1; root -1 2; det 7 3; nummod 6 4; punct 6 5; compound 7 6; obj 2 7; case 9 8; nmod:in 7 9; punct 2 10";
    List<Event> declared = withActor(String.format(words, "declared", "declare"), deps, "government", ActorKind.GOVERNMENT, "Pataz");
    assertTrue(declared.stream().anyMatch(e -> e.type() == EventType.OTHER && "emergency".equals(e.trigger())), declared.toString());
    List<Event> handled = withActor(String.format(words, "handled", "handle"), deps, "government", ActorKind.GOVERNMENT, "Pataz");
    assertTrue(handled.stream().noneMatch(e -> "emergency".equals(e.trigger())), handled.toString());
  }

  @Test
  void oneOfThemIsAShareOfTheDeadNotTheirCount() {
    Sentence s = new SentenceBuilder(0).words("Four/four/CD civilians/civilian/NNS were/be/VBD killed/kill/VBN ,/,/, one/one/CD of/of/IN"
        + " them/they/PRP in/in/IN Dera/Dera/NNP ././.").deps("nummod 1 0; nsubj:pass 3 1; aux:pass 3 2; root -1 3; punct 3 4;"
        + " det:qmod 7 5; fixed 5 6; obj 3 7; case 9 8; obl:in 3 9; punct 3 10").build(0);
    List<Event> events = EventExtractorTest.run(List.of(s), List.of(EventExtractorTest.civilians(s, "civilians")),
        List.of(EventExtractorTest.place("Dera", s, "Dera", 32.6, 36.1)));
    assertEquals(4, EventExtractorTest.only(events).fatalities().value(), events.toString());
  }

  @Test
  void fourOfThemWithNoOtherCountIsTheCount() {
    Sentence s = new SentenceBuilder(0).words("An/a/DT explosion/explosion/NN targets/target/VBZ fighters/fighter/NNS and/and/CC kills/kill/VBZ"
        + " 4/4/CD of/of/IN them/they/PRP in/in/IN Daraa/Daraa/NNP ././.").deps("det 1 0; nsubj 2 1; nsubj 5 1; root -1 2; obj 2 3;"
        + " cc 5 4; conj:and 2 5; det:qmod 8 6; fixed 6 7; obj 5 8; case 10 9; obl:in 5 10; punct 2 11").build(0);
    List<Event> events = EventExtractorTest.run(List.of(s), List.of(), List.of(EventExtractorTest.place("Daraa", s, "Daraa", 32.6, 36.1)));
    assertTrue(events.stream().anyMatch(e -> e.fatalities() != null && e.fatalities().value() == 4), events.toString());
  }

  @Test
  void oneOfThemBeheadedIsOneOfTheFourKilled() {
    Sentence s = new SentenceBuilder(0).words("Gunmen/gunman/NNS kill/kill/VBP 4/4/CD fighters/fighter/NNS and/and/CC behead/behead/VBP"
        + " one/one/CD of/of/IN them/they/PRP in/in/IN Tanf/Tanf/NNP ././.").deps("nsubj 1 0; nsubj 5 0; root -1 1; nummod 3 2; obj 1 3;"
        + " cc 5 4; conj:and 1 5; det:qmod 8 6; fixed 6 7; obj 5 8; case 10 9; obl:in 5 10; punct 1 11").build(0);
    List<Event> events = EventExtractorTest.run(List.of(s), List.of(EventExtractorTest.actor(s, "Gunmen", "Gunmen", ActorKind.UNKNOWN)),
        List.of(EventExtractorTest.place("Tanf", s, "Tanf", 33.5, 38.6)));
    assertTrue(events.stream().anyMatch(e -> e.fatalities() != null && e.fatalities().value() == 4), events.toString());
    assertTrue(events.stream().noneMatch(e -> e.fatalities() != null && e.fatalities().value() == 1), events.toString());
  }
}
