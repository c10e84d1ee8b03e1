package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Sentence;

/** "... killed in the fighting" after the capture it was part of: the capture's toll. */
class BackReferenceTollTest {
  private static final String CAPTURE = "Troops/troops/NNS retook/retake/VBD Lere/Lere/NNP after/after/IN two/two/CD days/day/NNS"
      + " of/of/IN fighting/fighting/NN";
  private static final String CAPTURE_DEPS = "nsubj 1 0; root -1 1; obj 1 2; case 5 3; nummod 5 4; obl:after 1 5; case 7 6; nmod:of 5 7";

  private static List<Event> run(String second, String secondDeps) {
    Sentence capture = new SentenceBuilder(0).words(CAPTURE).deps(CAPTURE_DEPS).build(0);
    Sentence toll = new SentenceBuilder(capture.text().length() + 1).words(second).deps(secondDeps).build(1);
    return EventExtractorTest.run(List.of(capture, toll),
        List.of(EventExtractorTest.actor(capture, "Troops", "Military Forces of Mali", ActorKind.STATE_MILITARY)),
        List.of(EventExtractorTest.place("Lere", capture, "Lere", 15.7, -4.9)));
  }

  private static Event capture(List<Event> events) {
    return events.stream().filter(e -> e.type() == EventType.TERRITORY_CAPTURED).findFirst()
        .orElseThrow(() -> new AssertionError(events.toString()));
  }

  @Test
  void theDeadOfTheAssaultAreTheCapturesAndTheAssaultIsNoEventOfItsOwn() {
    List<Event> events = run("Officials/official/NNS said/say/VBD 19/19/CD militants/militant/NNS were/be/VBD killed/kill/VBN"
        + " in/in/IN the/the/DT assault/assault/NN", "nsubj 1 0; root -1 1; nummod 3 2; nsubj:pass 5 3; aux:pass 5 4; ccomp 1 5;"
        + " case 8 6; det 8 7; obl:in 5 8");
    assertEquals(19, capture(events).fatalities().value(), events.toString());
    assertTrue(events.stream().noneMatch(e -> "assault".equals(e.trigger())), events.toString());
  }

  @Test
  void theAttackAttributedToAGangIsTheEventAlreadyToldAndTakesItsToll() {
    List<Event> events = run("Police/police/NNS said/say/VBD 4/4/CD were/be/VBD killed/kill/VBN and/and/CC attributed/attribute/VBD"
        + " the/the/DT attack/attack/NN to/to/IN gangs/gang/NNS", "nsubj 1 0; root -1 1; nsubj:pass 4 2; aux:pass 4 3; ccomp 1 4;"
        + " cc 6 5; conj:and 1 6; det 8 7; obj 6 8; case 10 9; obl:to 6 10");
    assertEquals(4, capture(events).fatalities().value(), events.toString());
    assertTrue(events.stream().noneMatch(e -> "attack".equals(e.trigger())), events.toString());
  }

  @Test
  void aFightThatIsNotPointedBackToKeepsItsToll() {
    List<Event> events = run("19/19/CD militants/militant/NNS were/be/VBD killed/kill/VBN in/in/IN an/a/DT assault/assault/NN"
        + " on/on/IN Niono/Niono/NNP", "nummod 1 0; nsubj:pass 3 1; aux:pass 3 2; root -1 3; case 6 4; det 6 5; obl:in 3 6;"
        + " case 8 7; nmod:on 6 8");
    assertNull(capture(events).fatalities(), "\"an assault on Niono\" is another event: " + events);
  }

  @Test
  void theNextSentencesDeadAreTheMainClausesNotTheFightingItWasAfter() {
    List<Event> events = run("Twelve/twelve/CD militants/militant/NNS were/be/VBD killed/kill/VBN",
        "nummod 1 0; nsubj:pass 3 1; aux:pass 3 2; root -1 3");
    assertEquals(12, capture(events).fatalities().value(), events.toString());
  }

  @Test
  void ofAStormingAndACaptureToldTogetherTheCaptureTakesTheToll() {
    Sentence lead = new SentenceBuilder(0).words("Fighters/fighter/NNS stormed/storm/VBD Nahud/Nahud/NNP and/and/CC"
        + " took/take/VBD control/control/NN of/of/IN the/the/DT town/town/NN").deps("nsubj 1 0; root -1 1; obj 1 2; cc 4 3;"
        + " conj:and 1 4; obj 4 5; case 8 6; det 8 7; nmod:of 5 8").build(0);
    Sentence toll = new SentenceBuilder(lead.text().length() + 1).words("40/40/CD people/person/NNS were/be/VBD killed/kill/VBN"
        + " in/in/IN the/the/DT fighting/fighting/NN").deps("nummod 1 0; nsubj:pass 3 1; aux:pass 3 2; root -1 3; case 6 4;"
        + " det 6 5; obl:in 3 6").build(1);
    List<Event> events = EventExtractorTest.run(List.of(lead, toll),
        List.of(EventExtractorTest.actor(lead, "Fighters", "Rapid Support Forces", ActorKind.REBEL)),
        List.of(EventExtractorTest.place("Nahud", lead, "Nahud", 12.7, 28.4)));
    assertEquals(40, capture(events).fatalities().value(), events.toString());
  }

  @Test
  void aPartyThatClaimsResponsibilityLaterIsTheActorOfTheAttackNoOneWasNamedFor() {
    Sentence bomb = new SentenceBuilder(0).words("A/a/DT bomb/bomb/NN exploded/explode/VBD in/in/IN Mastung/Mastung/NNP")
        .deps("det 1 0; nsubj 2 1; root -1 2; case 4 3; obl:in 2 4").build(0);
    Sentence claim = new SentenceBuilder(bomb.text().length() + 1).words("The/the/DT BLA/BLA/NNP claimed/claim/VBD"
        + " responsibility/responsibility/NN").deps("det 1 0; nsubj 2 1; root -1 2; obj 2 3").build(1);
    List<Event> events = EventExtractorTest.run(List.of(bomb, claim),
        List.of(EventExtractorTest.actor(claim, "BLA", "Balochistan Liberation Army", ActorKind.REBEL)),
        List.of(EventExtractorTest.place("Mastung", bomb, "Mastung", 29.8, 66.84)));
    Event explosion = events.stream().filter(e -> e.type() == EventType.EXPLOSION_REMOTE_VIOLENCE).findFirst()
        .orElseThrow(() -> new AssertionError(events.toString()));
    assertEquals("Balochistan Liberation Army", explosion.actor().name(), events.toString());
    // the claimant is named as surely as a subject would name it: the attack, not the claim, is the main event
    Event claimStatement = events.stream().filter(e -> e.type() == EventType.STATEMENT).findFirst()
        .orElseThrow(() -> new AssertionError(events.toString()));
    assertTrue(explosion.confidence() > claimStatement.confidence(), events.toString());
  }

  @Test
  void theAbductionAttributedToAGroupIsTheOneToldAndThatGroupDidIt() {
    Sentence abducted = new SentenceBuilder(0).words("Gunmen/gunman/NNS abducted/abduct/VBD 50/50/CD women/woman/NNS near/near/IN"
        + " Arbinda/Arbinda/NNP").deps("nsubj 1 0; root -1 1; nummod 3 2; obj 1 3; case 5 4; obl:near 1 5").build(0);
    Sentence blamed = new SentenceBuilder(abducted.text().length() + 1).words("The/the/DT abduction/abduction/NN was/be/VBD"
        + " attributed/attribute/VBN to/to/IN JNIM/JNIM/NNP").deps("det 1 0; nsubj:pass 3 1; aux:pass 3 2; root -1 3; case 5 4;"
        + " obl:to 3 5").build(1);
    List<Event> events = EventExtractorTest.run(List.of(abducted, blamed),
        List.of(EventExtractorTest.actor(abducted, "Gunmen", "Unidentified Armed Group", ActorKind.UNKNOWN),
            EventExtractorTest.actor(blamed, "JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", ActorKind.TERRORIST_GROUP)),
        List.of(EventExtractorTest.place("Arbinda", abducted, "Arbinda", 14.23, -0.87)));
    Event only = EventExtractorTest.only(events);
    assertEquals("Jama'at Nusrat al-Islam wal-Muslimin", only.actor().name(), events.toString());
  }

  @Test
  void theAttackNoGroupClaimedIsTheBlastToldBeforeNotABattle() {
    Sentence blast = new SentenceBuilder(0).words("Two/two/CD grenades/grenade/NNS exploded/explode/VBD in/in/IN Bujumbura/Bujumbura/NNP")
        .deps("nummod 1 0; nsubj 2 1; root -1 2; case 4 3; obl:in 2 4").build(0);
    Sentence claim = new SentenceBuilder(blast.text().length() + 1).words("Police/police/NNS said/say/VBD no/no/DT group/group/NN"
        + " claimed/claim/VBD the/the/DT attack/attack/NN").deps("nsubj 1 0; root -1 1; det 3 2; nsubj 4 3; ccomp 1 4; det 6 5; obj 4 6").build(1);
    List<Event> events = EventExtractorTest.run(List.of(blast, claim),
        List.of(EventExtractorTest.actor(claim, "Police", "Police Forces of Burundi", ActorKind.STATE_POLICE)),
        List.of(EventExtractorTest.place("Bujumbura", blast, "Bujumbura", -3.38, 29.36)));
    assertEquals(List.of(EventType.EXPLOSION_REMOTE_VIOLENCE), events.stream().map(Event::type).toList(), events.toString());
  }
}
