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
}
