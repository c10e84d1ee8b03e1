package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Sentence;
import org.sitrep.model.Quantity;

/** Per-side and per-group tolls in one coordinated subject add up; a range is one figure, not two. */
class CoordinatedTollTest {
  /** The fatalities of the one event of "Rebels attacked Babanusa." and the given sentence after it. */
  private static Quantity nextSentenceToll(String words, String deps) {
    Sentence attack = new SentenceBuilder(0).words("Rebels/rebel/NNS attacked/attack/VBD Babanusa/Babanusa/NNP")
        .deps("nsubj 1 0; root -1 1; obj 1 2").build(0);
    Sentence toll = new SentenceBuilder(attack.text().length() + 1).words(words).deps(deps).build(1);
    List<Event> events = EventExtractorTest.run(List.of(attack, toll),
        List.of(EventExtractorTest.actor(attack, "Rebels", "Rapid Support Forces", ActorKind.REBEL)),
        List.of(EventExtractorTest.place("Babanusa", attack, "Babanusa", 11.3, 27.8)));
    return EventExtractorTest.only(events).fatalities();
  }

  private static Quantity dead(String victimsWords, String victimsDeps, int victims) {
    // "<victims> were killed", the victims' head at index 1 and the verb after them
    int verb = victims + 1;
    return nextSentenceToll(victimsWords + " were/be/VBD killed/kill/VBN",
        victimsDeps + "; nsubj:pass " + verb + " 1; aux:pass " + verb + " " + victims + "; root -1 " + verb);
  }

  @Test
  void aLowerBoundInOneConjunctMakesTheSumALowerBound() {
    Quantity q = dead("Seven/seven/CD soldiers/soldier/NNS and/and/CC at/at/IN least/least/RBS eleven/eleven/CD fighters/fighter/NNS",
        "nummod 1 0; cc 6 2; case 4 3; obl:npmod 5 4; nummod 6 5; conj:and 1 6", 7);
    assertEquals(18, q.value());
    assertFalse(q.exact());
  }

  @Test
  void aBystanderCoordinatedWithANumberIsOneMore() {
    Quantity q = dead("Four/four/CD policemen/policeman/NNS and/and/CC a/a/DT bystander/bystander/NN",
        "nummod 1 0; cc 4 2; det 4 3; conj:and 1 4", 5);
    assertEquals(5, q.value());
  }

  @Test
  void aHyphenatedPasserByIsOneMoreThoughTheTokenizerSplitsIt() {
    Quantity q = dead("Four/four/CD policemen/policeman/NNS and/and/CC a/a/DT passer/passer/NN -/-/HYPH by/by/NN",
        "nummod 1 0; cc 6 2; det 6 3; compound 6 4; punct 6 5; conj:and 1 6", 7);
    assertEquals(5, q.value());
  }

  @Test
  void victimsWhoAlsoDiedAddToThoseCountedAndTheReportedDeadAreCounted() {
    String words = "40/40/CD militants/militant/NNS were/be/VBD killed/kill/VBN ;/:/: three/three/CD soldiers/soldier/NNS"
        + " were/be/VBD %s reported/report/VBN dead/dead/JJ";
    String deps = "nummod 1 0; nsubj:pass 3 1; aux:pass 3 2; root -1 3; punct 3 4; nummod 6 5; nsubj:pass 9 6; aux:pass 9 7;"
        + " advmod 9 8; parataxis 3 9; xcomp 9 10";
    assertEquals(43, nextSentenceToll(String.format(words, "also/also/RB"), deps).value());
    assertEquals(40, nextSentenceToll(String.format(words, "later/later/RB"), deps).value(), "without 'also' the first figure stands");
  }

  @Test
  void victimsWhoAlsoDiedInTheSameSentenceAddUp() {
    Sentence s = new SentenceBuilder(0).words("Rebels/rebel/NNS attacked/attack/VBD Baidoa/Baidoa/NNP ,/,/, killing/kill/VBG"
        + " 12/12/CD soldiers/soldier/NNS ;/:/: two/two/CD civilians/civilian/NNS also/also/RB died/die/VBD")
        .deps("nsubj 1 0; root -1 1; obj 1 2; punct 1 3; advcl 1 4; nummod 6 5; obj 4 6; punct 1 7; nummod 9 8; nsubj 11 9;"
            + " advmod 11 10; parataxis 1 11").build(0);
    List<Event> events = EventExtractorTest.run(List.of(s), List.of(EventExtractorTest.actor(s, "Rebels", "Rebels", ActorKind.REBEL)),
        List.of(EventExtractorTest.place("Baidoa", s, "Baidoa", 3.1, 43.6)));
    assertEquals(14, EventExtractorTest.only(events).fatalities().value(), events.toString());
  }
}
