package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Sentence;

/** What a government declares, dissolves or suspends, and the weapons that name an attack. */
class DevelopmentsOfStateTest {

  @Test
  void aJuntaDissolvingPartiesIsOtherButAnArmedGroupDissolvingItselfChanges() {
    String words = "The/the/DT junta/junta/NN dissolved/dissolve/VBD all/all/DT political/political/JJ parties/party/NNS in/in/IN Bamako/Bamako/NNP";
    String deps = "det 1 0; nsubj 2 1; root -1 2; det 5 3; amod 5 4; obj 2 5; case 7 6; obl:in 2 7";
    Sentence s = new SentenceBuilder(0).words(words).deps(deps).build(0);
    List<Event> events = EventExtractorTest.run(List.of(s),
        List.of(EventExtractorTest.actor(s, "junta", "Government of Mali", ActorKind.GOVERNMENT)),
        List.of(EventExtractorTest.place("Bamako", s, "Bamako", 12.65, -8.0)));
    assertEquals("Other", EventExtractorTest.only(events).subtype());
    Sentence pkk = new SentenceBuilder(0).words("The/the/DT Party/party/NNP dissolved/dissolve/VBD itself/itself/PRP in/in/IN Qandil/Qandil/NNP")
        .deps("det 1 0; nsubj 2 1; root -1 2; obj 2 3; case 5 4; obl:in 2 5").build(0);
    List<Event> dissolved = EventExtractorTest.run(List.of(pkk),
        List.of(EventExtractorTest.actor(pkk, "Party", "Kurdistan Workers' Party", ActorKind.REBEL)),
        List.of(EventExtractorTest.place("Qandil", pkk, "Qandil", 36.4, 44.9)));
    assertTrue(dissolved.stream().noneMatch(e -> "Other".equals(e.subtype())), dissolved.toString());
  }

  @Test
  void anArmedGroupSuspendingOperationsChangesItsActivityButSuspendingMeetingsIsNoEvent() {
    String words = "The/the/DT militia/militia/NN suspended/suspend/VBD military/military/JJ operations/operation/NNS in/in/IN Baghdad/Baghdad/NNP";
    String deps = "det 1 0; nsubj 2 1; root -1 2; amod 4 3; obj 2 4; case 6 5; obl:in 2 6";
    Sentence s = new SentenceBuilder(0).words(words).deps(deps).build(0);
    List<Event> events = EventExtractorTest.run(List.of(s),
        List.of(EventExtractorTest.actor(s, "militia", "Kata'ib Hezbollah", ActorKind.MILITIA)),
        List.of(EventExtractorTest.place("Baghdad", s, "Baghdad", 33.34, 44.4)));
    assertEquals("Change to group/activity", EventExtractorTest.only(events).subtype(), events.toString());
    Sentence meetings = new SentenceBuilder(0).words(words.replace("military/military/JJ operations/operation/NNS",
        "weekly/weekly/JJ meetings/meeting/NNS")).deps(deps).build(0);
    assertEquals(List.of(), EventExtractorTest.run(List.of(meetings),
        List.of(EventExtractorTest.actor(meetings, "militia", "Kata'ib Hezbollah", ActorKind.MILITIA)),
        List.of(EventExtractorTest.place("Baghdad", meetings, "Baghdad", 33.34, 44.4))));
  }

  @Test
  void aGroupFormedOnADayIsNewsButAGroupFormedWithNoDateIsOnlyDescribed() {
    String words = "Fighters/fighter/NNS joined/join/VBD a/a/DT group/group/NN formed/form/VBN in/in/IN Tanguieta/Tanguieta/NNP"
        + " on/on/IN Tuesday/Tuesday/NNP";
    String deps = "nsubj 1 0; root -1 1; det 3 2; obj 1 3; acl 3 4; case 6 5; obl:in 4 6; case 8 7; obl:on 4 8";
    List<Event> dated = EventExtractorTest.runOne(words, deps, "Tanguieta");
    assertEquals("Change to group/activity", EventExtractorTest.only(dated).subtype(), dated.toString());
    assertEquals(List.of(), EventExtractorTest.runOne(words.replace(" on/on/IN Tuesday/Tuesday/NNP", ""),
        "nsubj 1 0; root -1 1; det 3 2; obj 1 3; acl 3 4; case 6 5; obl:in 4 6", "Tanguieta"));
  }

  @Test
  void whatIsDeclaredIsTheEventNotTheDeclaration() {
    Sentence s = new SentenceBuilder(0).words("The/the/DT army/army/NN declared/declare/VBD a/a/DT state/state/NN of/of/IN emergency/emergency/NN"
            + " in/in/IN Amhara/Amhara/NNP")
        .deps("det 1 0; nsubj 2 1; root -1 2; det 4 3; obj 2 4; case 6 5; nmod:of 4 6; case 8 7; nmod:in 4 8").build(0);
    List<Event> events = EventExtractorTest.run(List.of(s),
        List.of(EventExtractorTest.actor(s, "army", "Military Forces of Ethiopia", ActorKind.STATE_MILITARY)),
        List.of(EventExtractorTest.place("Amhara", s, "Amhara", 11.5, 38.0)));
    assertTrue(events.stream().noneMatch(e -> e.type() == EventType.STATEMENT), events.toString());
    assertTrue(events.stream().anyMatch(e -> "Other".equals(e.subtype())), events.toString());
  }

  @Test
  void aNerveAgentAttackIsNoWarOfNerves() {
    String words = "A/a/DT nerve/nerve/NN agent/agent/NN attack/attack/NN on/on/IN Saraqib/Saraqib/NNP killed/kill/VBD 58/58/CD people/person/NNS";
    String deps = "det 3 0; compound 2 1; compound 3 2; nsubj 6 3; case 5 4; nmod:on 3 5; root -1 6; nummod 8 7; obj 6 8";
    List<Event> events = EventExtractorTest.runOne(words, deps, "Saraqib");
    assertTrue(events.stream().anyMatch(e -> "Chemical weapon".equals(e.subtype())), events.toString());
  }

  @Test
  void aStateBanningAMovementIsOtherButALeagueBanningAClubIsNoEvent() {
    Sentence s = new SentenceBuilder(0).words("Pakistan/Pakistan/NNP banned/ban/VBD the/the/DT movement/movement/NN in/in/IN Bannu/Bannu/NNP")
        .deps("nsubj 1 0; root -1 1; det 3 2; obj 1 3; case 5 4; obl:in 1 5").build(0);
    List<Event> events = EventExtractorTest.run(List.of(s),
        List.of(EventExtractorTest.actor(s, "Pakistan", "Pakistan", ActorKind.FOREIGN_STATE)),
        List.of(EventExtractorTest.place("Bannu", s, "Bannu", 32.99, 70.6)));
    assertEquals("Other", EventExtractorTest.only(events).subtype());
    assertEquals(List.of(), EventExtractorTest.runOne("The/the/DT league/league/NN banned/ban/VBD the/the/DT club/club/NN in/in/IN Bannu/Bannu/NNP",
        "det 1 0; nsubj 2 1; root -1 2; det 4 3; obj 2 4; case 6 5; obl:in 2 6", "Bannu"));
  }

  @Test
  void aHandoverOfACampToTheArmyIsItsNonViolentTransfer() {
    // "completed the handover of its camp to the army": the parse hangs "to the army" on "completed"
    Sentence s = new SentenceBuilder(0).words("The/the/DT mission/mission/NN completed/complete/VBD the/the/DT handover/handover/NN of/of/IN"
            + " its/its/PRP$ camp/camp/NN in/in/IN Ansongo/Ansongo/NNP to/to/IN the/the/DT army/army/NN")
        .deps("det 1 0; nsubj 2 1; root -1 2; det 4 3; obj 2 4; case 7 5; nmod:poss 7 6; nmod:of 4 7; case 9 8; nmod:in 7 9;"
            + " case 12 10; det 12 11; obl:to 2 12").build(0);
    List<Event> events = EventExtractorTest.run(List.of(s),
        List.of(EventExtractorTest.actor(s, "army", "Military Forces of Mali", ActorKind.STATE_MILITARY)),
        List.of(EventExtractorTest.place("Ansongo", s, "Ansongo", 15.66, 0.5)));
    Event handover = EventExtractorTest.only(events);
    assertEquals("Non-violent transfer of territory", handover.subtype());
    assertEquals("Military Forces of Mali", handover.actor().name(), "who receives the camp gains it");
  }

  @Test
  void troopsMovingBackIntoATownUnopposedRetakeIt() {
    Sentence s = new SentenceBuilder(0).words("Junta/junta/NN troops/troop/NNS moved/move/VBD back/back/RB into/into/IN Hsipaw/Hsipaw/NNP unopposed/unopposed/JJ")
        .deps("compound 1 0; nsubj 2 1; root -1 2; advmod 2 3; case 5 4; obl:into 2 5; xcomp 2 6").build(0);
    List<Event> events = EventExtractorTest.run(List.of(s),
        List.of(EventExtractorTest.actor(s, "Junta troops", "Military Forces of Myanmar", ActorKind.STATE_MILITARY)),
        List.of(EventExtractorTest.place("Hsipaw", s, "Hsipaw", 22.62, 97.3)));
    Event retaken = EventExtractorTest.only(events);
    assertEquals(EventType.TERRITORY_CAPTURED, retaken.type());
    assertEquals("Non-violent transfer of territory", retaken.subtype());
  }

  @Test
  void aPronounForAGroupNamedInItsSentenceRanksLikeTheName() {
    String tail = " dissolving/dissolve/VBG their/their/PRP$ commands/command/NNS in/in/IN Mindat/Mindat/NNP";
    Sentence pronoun = new SentenceBuilder(0).words("Rebel/rebel/JJ groups/group/NNS said/say/VBD they/they/PRP were/be/VBD" + tail)
        .deps("amod 1 0; nsubj 2 1; root -1 2; nsubj 5 3; aux 5 4; ccomp 2 5; nmod:poss 7 6; obj 5 7; case 9 8; obl:in 5 9").build(0);
    Sentence named = new SentenceBuilder(0).words("Rebel/rebel/JJ groups/group/NNS were/be/VBD" + tail)
        .deps("amod 1 0; nsubj 3 1; aux 3 2; root -1 3; nmod:poss 5 4; obj 3 5; case 7 6; obl:in 3 7").build(0);
    double viaPronoun = dissolution(pronoun).confidence();
    double viaName = dissolution(named).confidence();
    assertEquals(viaName, viaPronoun, 1e-9);
  }

  private static Event dissolution(Sentence s) {
    List<Event> events = EventExtractorTest.run(List.of(s), List.of(EventExtractorTest.actor(s, "Rebel groups", "Rebels", ActorKind.REBEL)),
        List.of(EventExtractorTest.place("Mindat", s, "Mindat", 21.37, 93.97)));
    return events.stream().filter(e -> e.trigger().equals("dissolving")).findFirst()
        .orElseThrow(() -> new AssertionError("no dissolution in " + events));
  }
}
