package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Event;
import org.sitrep.model.EventStatus;
import org.sitrep.model.EventType;

class ScorerTest {
  static final String S1 = "Rebels seized the town of Alpha on Monday, officials said.";
  static final String S2 = "Air strikes on Beta killed at least 12 people on Tuesday.";
  static final String S3 = "The group has held Gamma since June.";

  static final GoldEvent CAPTURE = Build.gold("a1", "1", EventType.TERRITORY_CAPTURED, EventStatus.OCCURRED,
      Build.actor("Alpha Front", ActorKind.REBEL, "XXA", "AF"), Build.place("Alpha", "XXA"), "2024-01-01", null, S1, false);
  static final GoldEvent STRIKE = Build.gold("a1", "2", EventType.EXPLOSION_REMOTE_VIOLENCE, EventStatus.OCCURRED,
      Build.actor("Beta Air Force", ActorKind.STATE_MILITARY, "XXB"), Build.place("Beta", "XXB"), "2024-01-02", 12L, S2, false);
  static final GoldEvent BACKGROUND = Build.gold("a1", "bg", EventType.TERRITORY_CAPTURED, EventStatus.ONGOING,
      null, Build.place("Gamma", "XXA"), null, null, S3, true);

  static GoldSet goldSet(GoldEvent... events) {
    return new GoldSet(Map.of("a1", List.of(events), "empty", List.of()), List.of());
  }

  private static Score score(GoldSet gold, List<Event> system) {
    return new Scorer().score(gold, system, List.of());
  }

  @Test
  void perfectSystemScoresOne() {
    Score s = score(goldSet(CAPTURE, STRIKE, BACKGROUND), List.of(Build.perfect(CAPTURE), Build.perfect(STRIKE)));
    assertEquals(1.0, s.total().precision());
    assertEquals(1.0, s.total().recall());
    assertEquals(1.0, s.total().f1());
    for (Attribute a : List.of(Attribute.STATUS, Attribute.ACTOR, Attribute.PLACE, Attribute.DATE, Attribute.FATALITIES)) {
      Accuracy acc = s.accuracy().get(a);
      assertTrue(acc.judged() > 0, a + " judged");
      assertEquals(1.0, acc.value(), a.label());
    }
  }

  @Test
  void emptySystemHasZeroRecallAndListsEveryRequiredMiss() {
    Score s = score(goldSet(CAPTURE, STRIKE, BACKGROUND), List.of());
    assertEquals(0.0, s.total().recall());
    assertEquals(0.0, s.total().precision());
    assertEquals(2, s.total().misses(), "the optional background event is no miss");
  }

  @Test
  void foundOptionalEventCountsAsHit() {
    Score s = score(goldSet(CAPTURE, BACKGROUND), List.of(Build.perfect(CAPTURE), Build.perfect(BACKGROUND)));
    assertEquals(new Counts(2, 0, 0), s.total());
  }

  @Test
  void wrongTypeIsAMissAndAFalseAlarm() {
    Event asBattle = Build.system("a1", EventType.BATTLE, EventStatus.OCCURRED, null, null, null, null, S1);
    Score s = score(goldSet(CAPTURE), List.of(asBattle));
    assertEquals(new Counts(0, 1, 1), s.total());
    Alignment a1 = s.alignments().stream().filter(a -> a.articleId().equals("a1")).findFirst().orElseThrow();
    assertEquals(List.of(asBattle), a1.misses().get(0).sameSentence(), "the miss points at the mistyped event");
    assertEquals(new Counts(0, 1, 0), s.byType().get(EventType.BATTLE));
    assertEquals(new Counts(0, 0, 1), s.byType().get(EventType.TERRITORY_CAPTURED));
  }

  @Test
  void duplicateOnOneSentenceGivesOneHitOneFalseAlarm() {
    Score s = score(goldSet(CAPTURE), List.of(Build.perfect(CAPTURE), Build.perfect(CAPTURE)));
    assertEquals(new Counts(1, 1, 0), s.total());
  }

  @Test
  void eventsInAnArticleWithoutEventsAreFalseAlarms() {
    Event stray = Build.system("empty", EventType.BATTLE, EventStatus.OCCURRED, null, null, null, null, "Striker scored.");
    Event unscored = Build.system("not-in-gold", EventType.BATTLE, EventStatus.OCCURRED, null, null, null, null, "x");
    Score s = score(goldSet(CAPTURE), List.of(Build.perfect(CAPTURE), stray, unscored));
    assertEquals(new Counts(1, 1, 0), s.total());
    assertEquals(List.of(unscored), s.unscored());
  }

  @Test
  void fieldErrorsAreCountedOnAlignedPairs() {
    Event wrong = Build.system("a1", EventType.EXPLOSION_REMOTE_VIOLENCE, EventStatus.CLAIMED,
        Build.sysActor("Somebody Else", "they", ActorKind.REBEL, "XXC"), Build.sysPlace("Delta"), "2024-01-03", 11L,
        "BETA, Jan 3 (Wire) — " + S2);
    Score s = score(goldSet(STRIKE), List.of(wrong));
    assertEquals(new Counts(1, 0, 0), s.total(), "a dateline before the sentence still aligns");
    for (Attribute a : List.of(Attribute.STATUS, Attribute.ACTOR, Attribute.PLACE, Attribute.DATE, Attribute.FATALITIES)) {
      assertEquals(new Accuracy(0, 1), s.accuracy().get(a), a.label());
    }
    assertEquals(Accuracy.NONE, s.accuracy().get(Attribute.DISPLACED), "neither side has a number");
  }

  @Test
  void reportNamesEveryMissAndFalseAlarm() {
    Event asBattle = Build.system("a1", EventType.BATTLE, EventStatus.OCCURRED, null, null, null, null, S1);
    String md = new MarkdownReport().render(score(goldSet(CAPTURE, STRIKE), List.of(asBattle)));
    assertTrue(md.contains("| all events | 0 | 1 | 2 | 0.00 | 0.00 | 0.00 |"), md);
    assertTrue(md.contains("territory_captured | occurred | Rebels seized"), md);
    assertTrue(md.contains("sentence of gold #1 territory_captured"), md);
  }
}
