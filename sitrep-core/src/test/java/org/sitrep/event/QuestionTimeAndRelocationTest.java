package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Event;
import org.sitrep.model.EventStatus;
import org.sitrep.model.EventType;
import org.sitrep.model.Sentence;

/** A minister answering a question, a group declaring itself dissolved, people moved or taken to safety. */
class QuestionTimeAndRelocationTest {
  private static List<Event> run(String words, String deps, String actorWords, ActorKind kind, String place) {
    Sentence s = new SentenceBuilder(0).words(words).deps(deps).build(0);
    return EventExtractorTest.run(List.of(s), actorWords == null ? List.of() : List.of(EventExtractorTest.actor(s, actorWords, actorWords, kind)),
        List.of(EventExtractorTest.place(place, s, place, 16.0, -2.0)));
  }

  @Test
  void aQuestionPutToTheMinisterAsksForNothingHeReports() {
    List<Event> answered = run("Asked/ask/VBN by/by/IN the/the/DT member/member/NN ,/,/, the/the/DT minister/minister/NN said/say/VBD"
        + " rebels/rebel/NNS seized/seize/VBD Ber/Ber/NNP ././.", "root -1 0; case 3 1; det 3 2; obl:by 0 3; punct 0 4; det 6 5;"
        + " nsubj 7 6; dep 0 7; nsubj 9 8; ccomp 7 9; obj 9 10; punct 0 11", "rebels", ActorKind.REBEL, "Ber");
    assertTrue(answered.stream().anyMatch(e -> e.type() == EventType.TERRITORY_CAPTURED && e.status() == EventStatus.OCCURRED),
        answered.toString());
    List<Event> asked = run("Residents/resident/NNS were/be/VBD asked/ask/VBN by/by/IN police/police/NNS to/to/TO leave/leave/VB"
        + " Ber/Ber/NNP ././.", "nsubj:pass 2 0; aux:pass 2 1; root -1 2; case 4 3; obl:by 2 4; mark 6 5; xcomp 2 6; nsubj:xsubj 6 0;"
        + " obj 6 7; punct 2 8", null, null, "Ber");
    assertTrue(asked.stream().noneMatch(e -> e.status() == EventStatus.OCCURRED), "asked to leave is still a request: " + asked);
  }

  @Test
  void aGroupDeclaredDissolvedIsItsDissolutionNotAStatement() {
    List<Event> events = run("Abu/Abu/NNP Sayyaf/Sayyaf/NNP leaders/leader/NNS declared/declare/VBD the/the/DT group/group/NN"
        + " dissolved/dissolve/VBN in/in/IN Patikul/Patikul/NNP ././.", "compound 2 0; compound 2 1; nsubj 3 2; root -1 3; det 5 4;"
        + " nsubj:pass 6 5; xcomp 3 6; case 8 7; obl:in 6 8; punct 3 9", "Abu Sayyaf", ActorKind.REBEL, "Patikul");
    assertTrue(events.stream().noneMatch(e -> e.type() == EventType.STATEMENT), events.toString());
    assertTrue(events.stream().anyMatch(e -> "Change to group/activity".equals(e.subtype())), events.toString());
  }

  @Test
  void residentsMovedOrTakenToSafetyAreDisplacedTroopsAndPatientsAreNot() {
    String moved = "1,450/1450/CD %s/%s/NNS had/have/VBD been/be/VBN moved/move/VBN to/to/IN Georgetown/Georgetown/NNP ././.";
    String movedDeps = "nummod 1 0; nsubj:pass 4 1; aux 4 2; aux:pass 4 3; root -1 4; case 6 5; obl:to 4 6; punct 4 7";
    List<Event> residents = run(String.format(moved, "residents", "resident"), movedDeps, null, null, "Georgetown");
    assertEquals(1450, residents.stream().filter(e -> e.type() == EventType.DISPLACEMENT).findFirst()
        .orElseThrow(() -> new AssertionError(residents)).displaced().value());
    List<Event> troops = run(String.format(moved, "troops", "troop"), movedDeps, null, null, "Georgetown");
    assertTrue(troops.stream().noneMatch(e -> e.type() == EventType.DISPLACEMENT), troops.toString());
    List<Event> byOthers = run("Authorities/authority/NNS moved/move/VBD 9,400/9400/CD residents/resident/NNS to/to/IN Manado/Manado/NNP"
        + " ././.", "nsubj 1 0; root -1 1; nummod 3 2; obj 1 3; case 5 4; obl:to 1 5; punct 1 6", null, null, "Manado");
    assertTrue(byOthers.stream().anyMatch(e -> e.type() == EventType.DISPLACEMENT && e.displaced().value() == 9400), byOthers.toString());
    List<Event> onTheirOwn = run("9,400/9400/CD residents/resident/NNS moved/move/VBD to/to/IN Manado/Manado/NNP for/for/IN work/work/NN"
        + " ././.", "nummod 1 0; nsubj 2 1; root -1 2; case 4 3; obl:to 2 4; case 6 5; obl:for 2 6; punct 2 7", null, null, "Manado");
    assertTrue(onTheirOwn.stream().noneMatch(e -> e.type() == EventType.DISPLACEMENT), onTheirOwn.toString());
    String taken = "3,000/3000/CD residents/resident/NNS had/have/VBD been/be/VBN taken/take/VBN to/to/IN %s in/in/IN"
        + " Ingolstadt/Ingolstadt/NNP ././.";
    String takenDeps = "nummod 1 0; nsubj:pass 4 1; aux 4 2; aux:pass 4 3; root -1 4; case 7 5; compound 7 6; obl:to 4 7; case 9 8;"
        + " nmod:in 7 9; punct 4 10";
    List<Event> safety = run(String.format(taken, "emergency/emergency/NN accommodation/accommodation/NN"), takenDeps, null, null, "Ingolstadt");
    assertTrue(safety.stream().anyMatch(e -> e.type() == EventType.DISPLACEMENT && e.displaced().value() == 3000), safety.toString());
    List<Event> hospital = run(String.format(taken, "the/the/DT hospital/hospital/NN"), takenDeps, null, null, "Ingolstadt");
    assertTrue(hospital.stream().noneMatch(e -> e.type() == EventType.DISPLACEMENT), hospital.toString());
  }
}
