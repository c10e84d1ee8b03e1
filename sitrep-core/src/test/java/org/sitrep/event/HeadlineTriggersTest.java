package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.event.EventExtractorTest.actor;
import static org.sitrep.event.EventExtractorTest.place;
import static org.sitrep.event.EventExtractorTest.run;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Sentence;

/** Trigger rows written for the way wire and monitor headlines state events, on hand-built parses. */
class HeadlineTriggersTest {
  @Test
  void aWeaponThatHitsAPlaceIsAStrikeThere() {
    Sentence s = new SentenceBuilder(0)
        .words("Shells/shell/NNS hit/hit/VBD Daraa/Daraa/NNP city/city/NN")
        .deps("root -1 1; nsubj 1 0; compound 3 2; obj 1 3").build(0);
    List<Event> events = run(List.of(s), List.of(), List.of(place("Daraa", s, "Daraa", 32.62, 36.10)));
    assertEquals(1, events.size());
    assertEquals(EventType.EXPLOSION_REMOTE_VIOLENCE, events.get(0).type());
    assertEquals("Daraa", events.get(0).location().name());
  }

  @Test
  void aSportsTeamThatHitsAPlaceIsNoStrike() {
    Sentence s = new SentenceBuilder(0)
        .words("Fans/fan/NNS hit/hit/VBD Daraa/Daraa/NNP city/city/NN")
        .deps("root -1 1; nsubj 1 0; compound 3 2; obj 1 3").build(0);
    assertEquals(List.of(), run(List.of(s), List.of(), List.of(place("Daraa", s, "Daraa", 32.62, 36.10))),
        "'hit' is no trigger of its own: only a weapon that hits is");
  }

  @Test
  void beheadingIsAKillingWithItsToll() {
    Sentence s = new SentenceBuilder(0)
        .words("ISIS/ISIS/NNP beheaded/behead/VBD 2/2/CD persons/person/NNS in/in/IN Damascus/Damascus/NNP")
        .deps("root -1 1; nsubj 1 0; nummod 3 2; obj 1 3; case 5 4; obl:in 1 5").build(0);
    List<Event> events = run(List.of(s), List.of(actor(s, "ISIS", "Islamic State", ActorKind.TERRORIST_GROUP)),
        List.of(place("Damascus", s, "Damascus", 33.51, 36.29)));
    assertEquals(1, events.size());
    assertEquals(EventType.ATTACK_ON_CIVILIANS, events.get(0).type());
    assertEquals(2, events.get(0).fatalities().value());
    assertEquals("Damascus", events.get(0).location().name());
  }

  @Test
  void tortureToDeathIsAKillingButTortureAloneIsNot() {
    Sentence s = new SentenceBuilder(0)
        .words("Official/official/NN tortured/torture/VBN to/to/IN death/death/NN by/by/IN rebels/rebel/NNS in/in/IN Afrin/Afrin/NNP")
        .deps("root -1 1; nsubj:pass 1 0; case 3 2; obl:to 1 3; case 5 4; obl:by 1 5; case 7 6; obl:in 1 7").build(0);
    List<Event> events = run(List.of(s), List.of(actor(s, "rebels", "rebels", ActorKind.REBEL)),
        List.of(place("Afrin", s, "Afrin", 36.51, 36.87)));
    assertEquals(1, events.size());
    assertEquals(EventType.ATTACK_ON_CIVILIANS, events.get(0).type());
    assertEquals("Afrin", events.get(0).location().name());
  }

  @Test
  void forcesThatControlATownInAHeadlineTookIt() {
    Sentence s = new SentenceBuilder(0)
        .words("SDF/SDF/NNP control/control/VBP Mansoura/Mansoura/NNP town/town/NN")
        .deps("root -1 1; nsubj 1 0; compound 3 2; obj 1 3").build(0);
    List<Event> events = run(List.of(s), List.of(actor(s, "SDF", "Syrian Democratic Forces", ActorKind.REBEL)),
        List.of(place("Mansoura", s, "Mansoura", 35.83, 38.75)));
    assertEquals(1, events.size());
    assertEquals(EventType.TERRITORY_CAPTURED, events.get(0).type());
    assertEquals("Mansoura", events.get(0).location().name());
  }

  @Test
  void aTownThatControlsARoadIsAFactNotACapture() {
    Sentence s = new SentenceBuilder(0)
        .words("Sake/Sake/NNP ,/,/, a/a/DT town/town/NN that/that/WDT controls/control/VBZ the/the/DT road/road/NN to/to/IN the/the/DT capital/capital/NN")
        .deps("root -1 0; punct 0 1; det 3 2; appos 0 3; nsubj 5 4; acl:relcl 3 5; det 7 6; obj 5 7; case 10 8; det 10 9; nmod:to 7 10")
        .build(0);
    assertEquals(List.of(), run(List.of(s), List.of(), List.of(place("Sake", s, "Sake", -1.57, 29.04))));
  }

  @Test
  void controlOfNoPlaceIsNoCapture() {
    Sentence s = new SentenceBuilder(0)
        .words("Regulators/regulator/NNS control/control/VBP prices/price/NNS in/in/IN Damascus/Damascus/NNP")
        .deps("root -1 1; nsubj 1 0; obj 1 2; case 4 3; obl:in 1 4").build(0);
    assertEquals(List.of(), run(List.of(s), List.of(), List.of(place("Damascus", s, "Damascus", 33.51, 36.29))));
  }

  @Test
  void theDeadCountedInAHeadlineAreTheStrikesToll() {
    Sentence s = new SentenceBuilder(0)
        .words("12/12/CD dead/dead/JJ as/as/IN shells/shell/NNS hit/hit/VBD Azaz/Azaz/NNP")
        .deps("root -1 1; nummod 1 0; mark 4 2; nsubj 4 3; advcl:as 1 4; obj 4 5").build(0);
    List<Event> events = run(List.of(s), List.of(), List.of(place("Azaz", s, "Azaz", 36.59, 37.04)));
    assertEquals(1, events.size());
    assertEquals(EventType.EXPLOSION_REMOTE_VIOLENCE, events.get(0).type());
    assertEquals(12, events.get(0).fatalities().value());
  }

  @Test
  void aPlacedVerblessLossReportIsAnEventThatCountsNothing() {
    Sentence s = new SentenceBuilder(0)
        .words("Casualties/casualty/NNS in/in/IN the/the/DT countryside/countryside/NN of/of/IN Daraa/Daraa/NNP")
        .deps("root -1 0; case 3 1; det 3 2; nmod:in 0 3; case 5 4; nmod:of 3 5").build(0);
    List<Event> events = run(List.of(s), List.of(), List.of(place("Daraa", s, "Daraa", 32.62, 36.10)));
    assertEquals(1, events.size());
    assertEquals(EventType.ATTACK_ON_CIVILIANS, events.get(0).type());
    assertEquals("Daraa", events.get(0).location().name());
    assertEquals(null, events.get(0).fatalities(), "casualties alone include the wounded");
  }

  @Test
  void aLossReportWithAVerbOrNoPlaceIsNoEvent() {
    Sentence unplaced = new SentenceBuilder(0)
        .words("Casualties/casualty/NNS of/of/IN war/war/NN")
        .deps("root -1 0; case 2 1; nmod:of 0 2").build(0);
    assertEquals(List.of(), run(List.of(unplaced), List.of(), List.of()));
    Sentence verb = new SentenceBuilder(0)
        .words("Casualties/casualty/NNS rose/rise/VBD in/in/IN Daraa/Daraa/NNP")
        .deps("root -1 1; nsubj 1 0; case 3 2; obl:in 1 3").build(0);
    assertEquals(List.of(), run(List.of(verb), List.of(), List.of(place("Daraa", verb, "Daraa", 32.62, 36.10))),
        "not the head of a verbless report: road or flu casualties may rise too");
  }
}
