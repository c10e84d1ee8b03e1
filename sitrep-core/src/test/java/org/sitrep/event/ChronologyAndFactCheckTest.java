package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Event;
import org.sitrep.model.EventStatus;
import org.sitrep.model.EventType;
import org.sitrep.model.Sentence;

/** A chronology's news is its latest entry; a fact-check's claim is unverified and what the checkers found is the news. */
class ChronologyAndFactCheckTest {
  private static final String STRIKE = "3/3/CD February/February/NNP :/:/: Jets/jet/NNS bombed/bomb/VBD Dera/Dera/NNP ,/,/,"
      + " killing/kill/VBG 9/9/CD civilians/civilian/NNS ././.";
  private static final String STRIKE_DEPS = "nummod 1 0; obl:tmod 4 1; punct 4 2; nsubj 4 3; root -1 4; obj 4 5; punct 4 6; advcl 4 7;"
      + " nummod 9 8; obj 7 9; punct 4 10";
  private static final String CLASH = "5/5/CD February/February/NNP :/:/: Rebels/rebel/NNS attacked/attack/VBD Dera/Dera/NNP ././.";
  private static final String CLASH_DEPS = "nummod 1 0; obl:tmod 4 1; punct 4 2; nsubj 4 3; root -1 4; obj 4 5; punct 4 6";

  private static List<Event> chronology(String secondHeading) {
    Sentence first = new SentenceBuilder(0).words(STRIKE).deps(STRIKE_DEPS).build(0);
    String clash = secondHeading.isEmpty() ? CLASH.substring(CLASH.indexOf("Rebels")) : CLASH;
    String deps = secondHeading.isEmpty() ? "nsubj 1 0; root -1 1; obj 1 2; punct 1 3" : CLASH_DEPS;
    Sentence second = new SentenceBuilder(first.text().length() + 1).words(clash).deps(deps).build(1);
    return EventExtractorTest.run(List.of(first, second),
        List.of(EventExtractorTest.actor(first, "Jets", "Military Forces", ActorKind.STATE_MILITARY),
            EventExtractorTest.actor(second, "Rebels", "Rebels", ActorKind.REBEL)),
        List.of(EventExtractorTest.place("Dera", first, "Dera", 11.4, 38.1), EventExtractorTest.place("Dera", second, "Dera", 11.4, 38.1)));
  }

  private static Event top(List<Event> events) {
    return events.stream().max(Comparator.comparingDouble(Event::confidence)).orElseThrow(() -> new AssertionError(events.toString()));
  }

  @Test
  void theLatestEntryOfAChronologyIsItsNewsThoughAnEarlierOneCountedDead() {
    List<Event> dated = chronology("5 February:");
    assertEquals(EventType.BATTLE, top(dated).type(), dated.toString());
    // without the second heading the text is a report that opens with its deadliest news
    List<Event> report = chronology("");
    assertEquals(EventType.EXPLOSION_REMOTE_VIOLENCE, top(report).type(), report.toString());
  }

  @Test
  void strikesOnTwoDaysOfAChronologyAreTwoEvents() {
    Sentence first = new SentenceBuilder(0).words(STRIKE).deps(STRIKE_DEPS).build(0);
    // the later strike counts no dead, so no conflicting toll keeps the two apart: only their days do
    Sentence second = new SentenceBuilder(first.text().length() + 1).words("5/5/CD February/February/NNP :/:/: Jets/jet/NNS"
        + " bombed/bomb/VBD Dera/Dera/NNP ././.").deps("nummod 1 0; obl:tmod 4 1; punct 4 2; nsubj 4 3; root -1 4; obj 4 5; punct 4 6").build(1);
    List<Event> events = EventExtractorTest.run(List.of(first, second),
        List.of(EventExtractorTest.actor(first, "Jets", "Military Forces", ActorKind.STATE_MILITARY),
            EventExtractorTest.actor(second, "Jets", "Military Forces", ActorKind.STATE_MILITARY)),
        List.of(EventExtractorTest.place("Dera", first, "Dera", 11.4, 38.1), EventExtractorTest.place("Dera", second, "Dera", 11.4, 38.1)));
    assertEquals(2, events.stream().filter(e -> e.type() == EventType.EXPLOSION_REMOTE_VIOLENCE).count(), events.toString());
  }

  @Test
  void aDatedHeadingNeedsADayAMonthAndAColon() {
    assertTrue(TimelineEntries.opensWithDateHeading(new SentenceBuilder(0).words(CLASH).deps(CLASH_DEPS).build(0).tokens()));
    assertTrue(!TimelineEntries.opensWithDateHeading(new SentenceBuilder(0).words(CLASH.replace("February/February/NNP", "rebels/rebel/NNS"))
        .deps(CLASH_DEPS).build(0).tokens()));
  }

  private static List<Event> factCheck(String checkLabel) {
    Sentence claim = new SentenceBuilder(0).words("Claim/claim/NN :/:/: Rebels/rebel/NNS captured/capture/VBD Butembo/Butembo/NNP ././.")
        .deps("dep 3 0; punct 3 1; nsubj 3 2; root -1 3; obj 3 4; punct 3 5").build(0);
    String[] label = checkLabel.split(" ");
    String words = label[0] + "/" + label[0].toLowerCase() + "/PRP$ " + label[1] + "/" + label[1] + "/NN :/:/: Rebels/rebel/NNS"
        + " captured/capture/VBD Kirumba/Kirumba/NNP ././.";
    Sentence check = new SentenceBuilder(claim.text().length() + 1).words(words)
        .deps("nmod:poss 1 0; dep 4 1; punct 4 2; nsubj 4 3; root -1 4; obj 4 5; punct 4 6").build(1);
    return EventExtractorTest.run(List.of(claim, check), List.of(), List.of(EventExtractorTest.place("Butembo", claim, "Butembo", 0.14, 29.28),
        EventExtractorTest.place("Kirumba", check, "Kirumba", -0.52, 29.37)));
  }

  @Test
  void aFactChecksClaimIsUnverifiedAndWhatTheCheckFoundIsCounted() {
    List<Event> events = factCheck("Our check");
    Event claimed = events.stream().filter(e -> e.location().name().equals("Butembo")).findFirst().orElseThrow(() -> new AssertionError(events.toString()));
    Event found = events.stream().filter(e -> e.location().name().equals("Kirumba")).findFirst().orElseThrow(() -> new AssertionError(events.toString()));
    assertEquals(EventStatus.SPECULATIVE, claimed.status());
    assertTrue(found.status().counted(), events.toString());
    // "Claim:" alone, with no check or verdict part, labels nothing: an ordinary report
    List<Event> plain = factCheck("Our view");
    assertTrue(plain.stream().allMatch(e -> e.status().counted()), plain.toString());
  }
}
