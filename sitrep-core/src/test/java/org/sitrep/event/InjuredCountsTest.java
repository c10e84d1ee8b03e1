package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Sentence;

/** The wounded counted where reports put them: a later sentence, a number before the participle, an adjective. */
class InjuredCountsTest {
  private static final String BOMBING = "A/a/DT bomber/bomber/NN detonated/detonate/VBD a/a/DT bomb/bomb/NN in/in/IN Khar/Khar/NNP";
  private static final String BOMBING_DEPS = "det 1 0; nsubj 2 1; root -1 2; det 4 3; obj 2 4; case 6 5; obl:in 2 6";
  private static final String INJURED = "Around/around/IN 200/200/CD people/person/NNS were/be/VBD injured/injure/VBN";
  private static final String INJURED_DEPS = "advmod 1 0; nummod 2 1; nsubj:pass 4 2; aux:pass 4 3; root -1 4";

  /** The given sentences one after another, with Khar named in the first. */
  private static List<Event> run(String[]... wordsAndDeps) {
    List<Sentence> sentences = new ArrayList<>();
    int offset = 0;
    for (String[] sentence : wordsAndDeps) {
      Sentence s = new SentenceBuilder(offset).words(sentence[0]).deps(sentence[1]).build(sentences.size());
      sentences.add(s);
      offset += s.text().length() + 1;
    }
    return EventExtractorTest.run(sentences, List.of(), List.of(EventExtractorTest.place("Khar", sentences.get(0), "Khar", 34.7, 71.5)));
  }

  private static Event bombing(List<Event> events) {
    return events.stream().filter(e -> e.type() == EventType.EXPLOSION_REMOTE_VIOLENCE).findFirst()
        .orElseThrow(() -> new AssertionError(events.toString()));
  }

  @Test
  void theWoundedTwoSentencesOnAreTheAttacksWhenTheSentenceBetweenTellsNoEvent() {
    String[] between = {"Fatalities/fatality/NNS :/:/: 63/63/CD", "root -1 0; punct 0 1; dep 0 2"};
    assertEquals(200, bombing(run(new String[] {BOMBING, BOMBING_DEPS}, between, new String[] {INJURED, INJURED_DEPS}))
        .injured().value());
    String[] anotherEvent = {"Police/police/NNS arrested/arrest/VBD two/two/CD men/man/NNS", "nsubj 1 0; root -1 1; nummod 3 2; obj 1 3"};
    assertNull(bombing(run(new String[] {BOMBING, BOMBING_DEPS}, anotherEvent, new String[] {INJURED, INJURED_DEPS})).injured(),
        "an event told between them is the nearer one");
  }

  @Test
  void officersInjuredAfterARiotAreTheRiotsWounded() {
    Sentence riot = new SentenceBuilder(0).words("Rioters/rioter/NNS pelted/pelt/VBD police/police/NNS after/after/IN a/a/DT"
        + " demonstration/demonstration/NN in/in/IN Rotherham/Rotherham/NNP").deps("nsubj 1 0; root -1 1; obj 1 2; case 5 3; det 5 4;"
        + " obl:after 1 5; case 7 6; nmod:in 5 7").build(0);
    Sentence hurt = new SentenceBuilder(riot.text().length() + 1).words("Ten/ten/CD officers/officer/NNS were/be/VBD injured/injure/VBN")
        .deps("nummod 1 0; nsubj:pass 3 1; aux:pass 3 2; root -1 3").build(1);
    List<Event> events = EventExtractorTest.run(List.of(riot, hurt), List.of(EventExtractorTest.actor(riot, "Rioters", "Rioters",
        ActorKind.CIVILIANS)), List.of(EventExtractorTest.place("Rotherham", riot, "Rotherham", 53.4, -1.4)));
    Event protest = events.stream().filter(e -> e.type() == EventType.PROTEST).findFirst().orElseThrow(() -> new AssertionError(events.toString()));
    assertEquals(10, protest.injured().value(), events.toString());
  }

  @Test
  void aNumberBeforeTheParticipleIsItsCountAndAnAdjectiveCarriesItsNumber() {
    List<Event> participle = run(new String[] {BOMBING, BOMBING_DEPS}, new String[] {"7/7/CD civilians/civilian/NNS were/be/VBD"
        + " killed/kill/VBN and/and/CC 9/9/CD injured/injure/VBN", "nummod 1 0; nsubj:pass 3 1; nsubj:pass 6 1; aux:pass 3 2;"
        + " root -1 3; cc 6 4; dep 6 5; conj:and 3 6"});
    assertEquals(7, bombing(participle).fatalities().value());
    assertEquals(9, bombing(participle).injured().value());
    List<Event> adjective = run(new String[] {BOMBING, BOMBING_DEPS}, new String[] {"17/17/CD people/person/NNS were/be/VBD"
        + " killed/kill/VBN and/and/CC about/about/RB 30/30/CD wounded/wounded/JJ", "nummod 1 0; nsubj:pass 3 1; nsubj 7 1;"
        + " aux:pass 3 2; root -1 3; cc 7 4; advmod 6 5; nummod 7 6; conj:and 3 7"});
    assertEquals(17, bombing(adjective).fatalities().value());
    assertEquals(30, bombing(adjective).injured().value());
  }
}
