package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Place;
import org.sitrep.model.Sentence;

/** Court reporting: where prosecutors or a court sit is not where the events they speak of happened. */
class CourtSeatTest {
  private static Place attackPlace(String speakers) {
    Sentence s = new SentenceBuilder(0).words(speakers + " in/in/IN Pemba/Pemba/NNP said/say/VBD rebels/rebel/NNS attacked/attack/VBD the/the/DT village/village/NN")
        .deps("nsubj 3 0; case 2 1; nmod:in 0 2; root -1 3; nsubj 5 4; ccomp 3 5; det 7 6; obj 5 7").build(0);
    List<Event> events = EventExtractorTest.run(List.of(s), List.of(EventExtractorTest.actor(s, "rebels", "Rebels", ActorKind.REBEL)),
        List.of(EventExtractorTest.place("Pemba", s, "Pemba", -12.97, 40.52)));
    Event attack = events.stream().filter(e -> e.type() == EventType.BATTLE || e.type() == EventType.ATTACK_ON_CIVILIANS).findFirst()
        .orElseThrow(() -> new AssertionError(events.toString()));
    return attack.location();
  }

  @Test
  void prosecutorsInATownDoNotPlaceTheAttackTheyDescribe() {
    Place place = attackPlace("Prosecutors/prosecutor/NNS");
    assertNotEquals("Pemba", place == null ? null : place.name(), "at most the country the article is about");
  }

  @Test
  void officialsInATownDo() {
    assertEquals("Pemba", attackPlace("Officials/official/NNS").name());
  }
}
