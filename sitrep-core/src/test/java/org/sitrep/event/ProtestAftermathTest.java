package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Sentence;

/** What was done to a protest, told in the sentence after it. */
class ProtestAftermathTest {
  private static String subtypeOfTheMarch(String whom, String whomLemma) {
    Sentence march = new SentenceBuilder(0).words("Students/student/NNS marched/march/VBD in/in/IN Concepcion/Concepcion/NNP ././.")
        .deps("nsubj 1 0; root -1 1; case 3 2; obl:in 1 3; punct 1 4").build(0);
    Sentence gas = new SentenceBuilder(march.end() + 1).words("Police/police/NNS turned/turn/VBD tear/tear/NN gas/gas/NN on/on/IN "
        + whom + "/" + whomLemma + "/PRP ././.").deps("nsubj 1 0; root -1 1; compound 3 2; obj 1 3; case 5 4; obl:on 1 5; punct 1 6").build(1);
    List<Event> events = EventExtractorTest.run(List.of(march, gas),
        List.of(EventExtractorTest.actor(march, "Students", "Students", ActorKind.CIVILIANS),
            EventExtractorTest.actor(gas, "Police", "Police", ActorKind.STATE_POLICE)),
        List.of(EventExtractorTest.place("Concepcion", march, "Concepcion", -36.8, -73.0)));
    return events.stream().filter(e -> e.type() == EventType.PROTEST).findFirst().orElseThrow(() -> new AssertionError(events)).subtype();
  }

  @Test
  void tearGasTurnedOnThemInTheNextSentenceIsTheProtestsIntervention() {
    assertEquals("Protest with intervention", subtypeOfTheMarch("them", "they"));
    assertEquals("Peaceful protest", subtypeOfTheMarch("looters", "looter"), "gas on others tells nothing of the march");
  }
}
