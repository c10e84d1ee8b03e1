package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
    assertEquals(null, events.get(0).fatalities(), "no number, no count");
  }

  @Test
  void aStatedNumberOfCasualtiesIsTheDead() {
    Sentence s = new SentenceBuilder(0)
        .words("5/5/CD casualties/casualty/NNS in/in/IN bombing/bombing/NN on/on/IN Idlib/Idlib/NNP")
        .deps("root -1 1; nummod 1 0; case 3 2; nmod:in 1 3; case 5 4; nmod:on 3 5").build(0);
    List<Event> events = run(List.of(s), List.of(), List.of(place("Idlib", s, "Idlib", 35.93, 36.63)));
    assertEquals(1, events.size(), events.toString());
    assertEquals(EventType.EXPLOSION_REMOTE_VIOLENCE, events.get(0).type());
    assertEquals(5, events.get(0).fatalities().value(), "as the Syrian Observatory uses the word");
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

  @Test
  void areasControlledByAPartyAreAFactNotACapture() {
    Sentence participle = new SentenceBuilder(0)
        .words("Shells/shell/NNS land/land/VBP on/on/IN areas/area/NNS controlled/control/VBN by/by/IN the/the/DT regime/regime/NN in/in/IN Hama/Hama/NNP")
        .deps("root -1 1; nsubj 1 0; case 3 2; obl:on 1 3; acl 3 4; case 7 5; det 7 6; obl:by 4 7; case 9 8; obl:in 4 9").build(0);
    List<Event> events = run(List.of(participle), List.of(), List.of(place("Hama", participle, "Hama", 35.13, 36.75)));
    assertTrue(events.stream().noneMatch(e -> e.type() == EventType.TERRITORY_CAPTURED), events.toString());
    Sentence past = new SentenceBuilder(0)
        .words("Regime/regime/NN forces/force/NNS controlled/control/VBD areas/area/NNS in/in/IN Daraa/Daraa/NNP")
        .deps("root -1 2; compound 1 0; nsubj 2 1; obj 2 3; case 5 4; nmod:in 3 5").build(0);
    assertEquals(List.of(), run(List.of(past), List.of(), List.of(place("Daraa", past, "Daraa", 32.62, 36.10))));
  }

  @Test
  void controllingAPlaceAsAGerundIsTheCapture() {
    Sentence s = new SentenceBuilder(0)
        .words("After/after/IN controlling/control/VBG the/the/DT town/town/NN of/of/IN Afrin/Afrin/NNP ,/,/, factions/faction/NNS looted/loot/VBD")
        .deps("mark 1 0; advcl:after 8 1; det 3 2; obj 1 3; case 5 4; nmod:of 3 5; punct 8 6; nsubj 8 7; root -1 8").build(0);
    List<Event> events = run(List.of(s), List.of(), List.of(place("Afrin", s, "Afrin", 36.51, 36.87)));
    assertEquals(EventType.TERRITORY_CAPTURED, events.get(0).type());
  }

  @Test
  void oneFigureForCasualtiesAndInjuriesIsNoDeathToll() {
    Sentence joint = new SentenceBuilder(0)
        .words("25/25/CD casualties/casualty/NNS and/and/CC injuries/injury/NNS in/in/IN shelling/shelling/NN on/on/IN Daraa/Daraa/NNP")
        .deps("nummod 1 0; nsubj:pass 5 1; cc 3 2; conj:and 1 3; case 5 4; root -1 5; case 7 6; nmod:on 5 7").build(0);
    List<Event> events = run(List.of(joint), List.of(), List.of(place("Daraa", joint, "Daraa", 32.62, 36.10)));
    assertEquals(1, events.size());
    assertEquals(null, events.get(0).fatalities());
    Sentence apart = new SentenceBuilder(0)
        .words("22/22/CD casualties/casualty/NNS and/and/CC 53/53/CD injuries/injury/NNS in/in/IN shelling/shelling/NN on/on/IN Daraa/Daraa/NNP")
        .deps("nummod 1 0; nsubj:pass 6 1; cc 4 2; nummod 4 3; conj:and 1 4; case 6 5; root -1 6; case 8 7; nmod:on 6 8").build(0);
    List<Event> counted = run(List.of(apart), List.of(), List.of(place("Daraa", apart, "Daraa", 32.62, 36.10)));
    assertEquals(22, counted.get(0).fatalities().value(), "set against their own figure of injured, casualties are the dead");
  }

  @Test
  void theEventACasualtyWordJoinsRanksAboveOneWithoutHarm() {
    Sentence s = new SentenceBuilder(0)
        .words("Shells/shell/NNS hit/hit/VBD Hama/Hama/NNP and/and/CC raids/raid/NNS on/on/IN Qasab/Qasab/NNP cause/cause/VBP casualties/casualty/NNS")
        .deps("root -1 1; nsubj 1 0; obj 1 2; cc 7 3; conj:and 1 7; nsubj 7 4; case 6 5; nmod:on 4 6; obj 7 8").build(0);
    List<Event> events = run(List.of(s), List.of(),
        List.of(place("Hama", s, "Hama", 35.13, 36.75), place("Qasab", s, "Qasab", 35.90, 36.00)));
    Event top = events.stream().max(java.util.Comparator.comparingDouble(Event::confidence)).orElseThrow();
    assertEquals("Qasab", top.location().name(), events.toString());
  }

  @Test
  void anAmbiguousTriggerNeedsAnAnchorInConflict() {
    Sentence sport = new SentenceBuilder(0)
        .words("Bowlers/bowler/NNS launched/launch/VBD an/a/DT assault/assault/NN in/in/IN Perth/Perth/NNP")
        .deps("root -1 1; nsubj 1 0; det 3 2; obj 1 3; case 5 4; obl:in 1 5").build(0);
    assertEquals(List.of(), run(List.of(sport), List.of(), List.of(place("Perth", sport, "Perth", -31.95, 115.86))),
        "no actor, target, toll or weapon: a sports 'assault'");
    Sentence war = new SentenceBuilder(0)
        .words("Militants/militant/NNS launched/launch/VBD an/a/DT assault/assault/NN in/in/IN Perth/Perth/NNP")
        .deps("root -1 1; nsubj 1 0; det 3 2; obj 1 3; case 5 4; obl:in 1 5").build(0);
    List<Event> events = run(List.of(war), List.of(actor(war, "Militants", "militants", ActorKind.REBEL)),
        List.of(place("Perth", war, "Perth", -31.95, 115.86)));
    assertEquals(1, events.size(), "an armed actor anchors it");
    Sentence weapon = new SentenceBuilder(0)
        .words("An/a/DT assault/assault/NN with/with/IN mortars/mortar/NNS hit/hit/VBD Perth/Perth/NNP")
        .deps("det 1 0; nsubj 4 1; case 3 2; nmod:with 1 3; root -1 4; obj 4 5").build(0);
    assertTrue(run(List.of(weapon), List.of(), List.of(place("Perth", weapon, "Perth", -31.95, 115.86))).stream()
        .anyMatch(e -> e.trigger().equals("assault")), "a weapon named in the sentence anchors it");
  }
}
