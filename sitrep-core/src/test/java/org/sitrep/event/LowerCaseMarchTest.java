package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Sentence;

/** "the march" is a protest, "in March" a month; one sentence tells one demonstration. */
class LowerCaseMarchTest {
  @Test
  void theLowerCaseNounPassesThePrefilterAndTheMonthDoesNot() {
    SentencePrefilter filter = SentencePrefilter.standard();
    assertTrue(filter.test("The march took place in Latacunga without incident."));
    assertFalse(filter.test("The budget was approved in March after a long debate."));
  }

  @Test
  void theMarchIsAProtestAndTheMonthIsNone() {
    List<Event> march = EventExtractorTest.runOne("the/the/DT march/march/NN took/take/VBD place/place/NN in/in/IN"
        + " Latacunga/Latacunga/NNP", "det 1 0; nsubj 2 1; root -1 2; obj 2 3; case 5 4; obl:in 2 5", "Latacunga");
    assertEquals(EventType.PROTEST, EventExtractorTest.only(march).type());
    List<Event> month = EventExtractorTest.runOne("Talks/talk/NNS resumed/resume/VBD in/in/IN March/March/NNP in/in/IN"
        + " Latacunga/Latacunga/NNP", "nsubj 1 0; root -1 1; case 3 2; obl:in 1 3; case 5 4; obl:in 1 5", "Latacunga");
    assertTrue(month.isEmpty(), month.toString());
  }

  @Test
  void protestersKilledWhenPoliceFiredOnAMarchAreOneDemonstration() {
    Sentence s = new SentenceBuilder(0).words("Six/six/CD protesters/protester/NNS were/be/VBD killed/kill/VBN when/when/WRB"
        + " police/police/NNS used/use/VBD live/live/JJ ammunition/ammunition/NN against/against/IN a/a/DT march/march/NN"
        + " in/in/IN Rangpur/Rangpur/NNP").deps("nummod 1 0; nsubj:pass 3 1; aux:pass 3 2; root -1 3; advmod 6 4; nsubj 6 5;"
        + " advcl:when 3 6; amod 8 7; obj 6 8; case 11 9; det 11 10; obl:against 6 11; case 13 12; nmod:in 11 13").build(0);
    List<Event> events = EventExtractorTest.run(List.of(s), List.of(EventExtractorTest.actor(s, "police", "Police Forces of Bangladesh",
        ActorKind.STATE_POLICE), EventExtractorTest.actor(s, "protesters", "Protesters (Bangladesh)", ActorKind.CIVILIANS)),
        List.of(EventExtractorTest.place("Rangpur", s, "Rangpur", 25.7, 89.2)));
    Event protest = EventExtractorTest.only(events);
    assertEquals(6, protest.fatalities().value());
  }
}
