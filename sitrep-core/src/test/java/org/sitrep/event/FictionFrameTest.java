package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;

/** Sentences told inside a work of fiction give no events; the same words in news do. */
class FictionFrameTest {
  private static List<EventType> types(String words, String deps) {
    return EventExtractorTest.runOne(words, deps, "Belfast").stream().map(Event::type).toList();
  }

  @Test
  void aNovelThatOpensWithACarBombIsFiction() {
    assertEquals(List.of(), types(
        "Her/her/PRP$ detective/detective/JJ novel/novel/NN opens/open/VBZ with/with/IN a/a/DT car/car/NN bomb/bomb/NN outside/outside/IN Belfast/Belfast/NNP",
        "nmod:poss 2 0; amod 2 1; nsubj 3 2; root -1 3; case 7 4; det 7 5; compound 7 6; obl:with 3 7; case 9 8; nmod:outside 7 9"));
  }

  @Test
  void aSentenceFramedByTheSeasonOfADramaIsFictionButARainySeasonIsNot() {
    assertEquals(List.of(), types(
        "In/in/IN the/the/DT season/season/NN of/of/IN drama/drama/NN fighters/fighter/NNS ambushed/ambush/VBD troops/troop/NNS in/in/IN Belfast/Belfast/NNP",
        "case 2 0; det 2 1; obl:in 6 2; case 4 3; nmod:of 2 4; nsubj 6 5; root -1 6; obj 6 7; case 9 8; obl:in 6 9"));
    assertEquals(List.of(EventType.BATTLE), types(
        "In/in/IN the/the/DT season/season/NN of/of/IN rains/rain/NNS fighters/fighter/NNS ambushed/ambush/VBD troops/troop/NNS in/in/IN Belfast/Belfast/NNP",
        "case 2 0; det 2 1; obl:in 6 2; case 4 3; nmod:of 2 4; nsubj 6 5; root -1 6; obj 6 7; case 9 8; obl:in 6 9"));
  }

  @Test
  void aDramaThatUnfoldsInTheNewsIsNoFiction() {
    // "drama" frames only with "in": as a subject it is the news's own word for what happened
    assertEquals(List.of(EventType.EXPLOSION_REMOTE_VIOLENCE), types(
        "The/the/DT drama/drama/NN began/begin/VBD with/with/IN a/a/DT car/car/NN bomb/bomb/NN outside/outside/IN Belfast/Belfast/NNP",
        "det 1 0; nsubj 2 1; root -1 2; case 6 3; det 6 4; compound 6 5; obl:with 2 6; case 8 7; nmod:outside 6 8"));
  }

  @Test
  void theSeasonOfADramaAsSubjectIsFictionButTheDramasProducersAreNot() {
    assertEquals(List.of(), types(
        "The/the/DT drama/drama/NN 's/'s/POS season/season/NN sees/see/VBZ fighters/fighter/NNS ambush/ambush/VB troops/troop/NNS in/in/IN Belfast/Belfast/NNP",
        "det 1 0; nmod:poss 3 1; case 1 2; nsubj 4 3; root -1 4; nsubj 6 5; ccomp 4 6; obj 6 7; case 9 8; obl:in 6 9"));
    assertEquals(List.of(EventType.BATTLE), types(
        "The/the/DT drama/drama/NN 's/'s/POS producers/producer/NNS saw/see/VBD fighters/fighter/NNS ambush/ambush/VB troops/troop/NNS in/in/IN Belfast/Belfast/NNP",
        "det 1 0; nmod:poss 3 1; case 1 2; nsubj 4 3; root -1 4; nsubj 6 5; ccomp 4 6; obj 6 7; case 9 8; obl:in 6 9"));
  }
}
