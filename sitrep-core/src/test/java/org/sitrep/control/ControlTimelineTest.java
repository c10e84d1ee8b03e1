package org.sitrep.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.control.ControlEvents.ARMY;
import static org.sitrep.control.ControlEvents.CIVILIANS;
import static org.sitrep.control.ControlEvents.HAMA;
import static org.sitrep.control.ControlEvents.HTS;
import static org.sitrep.control.ControlEvents.RASTAN;
import static org.sitrep.control.ControlEvents.SDF;
import static org.sitrep.control.ControlEvents.article;
import static org.sitrep.control.ControlEvents.capture;
import static org.sitrep.control.ControlEvents.event;
import static org.sitrep.control.ControlEvents.withStatus;
import static org.sitrep.control.ControlEvents.withdrawal;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.EventStatus;
import org.sitrep.model.EventType;
import org.sitrep.model.Place;
import org.sitrep.model.PlacePrecision;

class ControlTimelineTest {
  private static final Article MONDAY = article("a-mon", LocalDate.of(2024, 12, 2));
  private static final Article THURSDAY = article("a-thu", LocalDate.of(2024, 12, 5));
  private static final PlaceMatcher RASTAN_QUERY = PlaceMatcher.of("Rastan", RASTAN);

  private static List<String> names(List<Actor> actors) {
    return actors.stream().map(Actor::name).toList();
  }

  @Test
  void captureThenRecaptureChangesHolderTwice() {
    // given out of order: the timeline sorts by date, not input order
    List<Event> events = List.of(
        capture("e2", ARMY, HTS, "2024-12-05", "retook", THURSDAY, 0),
        capture("e1", HTS, ARMY, "2024-12-02", "seized", MONDAY, 0));
    ControlTimeline t = ControlTimeline.build(events, RASTAN_QUERY);
    assertEquals(2, t.changes().size());
    ControlChange first = t.changes().get(0);
    assertEquals("e1", first.eventId());
    assertEquals("captured", first.how());
    assertEquals(HTS, first.gainer());
    assertEquals(ARMY, first.loser());
    ControlChange second = t.changes().get(1);
    assertEquals("recaptured", second.how());
    assertEquals(List.of(ARMY), second.holdersAfter());
    assertEquals(List.of(ARMY), t.holders());
    assertEquals("a-thu", second.articleId());
  }

  @Test
  void eventsElsewhereOrOfOtherKindsAreLeftOut() {
    Event hama = event("h", EventType.TERRITORY_CAPTURED, EventStatus.OCCURRED, HTS, ARMY, HAMA, "2024-12-05", "captured", MONDAY, 0);
    Event battle = event("b", EventType.BATTLE, EventStatus.OCCURRED, HTS, ARMY, RASTAN, "2024-12-05", "clashed", MONDAY, 50);
    assertTrue(ControlTimeline.build(List.of(hama, battle), RASTAN_QUERY).changes().isEmpty());
  }

  @Test
  void deniedCaptureIsListedButLeavesHolder() {
    List<Event> events = List.of(
        capture("e1", HTS, ARMY, "2024-12-02", "seized", MONDAY, 0),
        withStatus(capture("e2", ARMY, HTS, "2024-12-03", "recaptured", MONDAY, 80), EventStatus.DENIED));
    ControlTimeline t = ControlTimeline.build(events, RASTAN_QUERY);
    assertEquals(2, t.changes().size());
    assertFalse(t.changes().get(1).counted());
    assertEquals(EventStatus.DENIED, t.changes().get(1).status());
    assertEquals(List.of(HTS), t.holders());
  }

  @Test
  void withdrawalRemovesHolderAndCaptureTakesPreviousHolderAsLoser() {
    List<Event> events = List.of(
        capture("e1", ARMY, null, "2024-12-01", "took control", MONDAY, 0),
        withdrawal("e2", ARMY, "2024-12-04", "withdrew", THURSDAY, 0),
        capture("e3", HTS, CIVILIANS, "2024-12-05", "captured", THURSDAY, 100));
    ControlTimeline t = ControlTimeline.build(events, RASTAN_QUERY);
    assertEquals("took control", t.changes().get(0).how());
    ControlChange left = t.changes().get(1);
    assertEquals("withdrawal", left.how());
    assertEquals(ARMY, left.loser());
    assertNull(left.gainer());
    assertTrue(left.holdersAfter().isEmpty());
    // civilians are no losing actor, and nobody held Rastan after the withdrawal
    assertNull(t.changes().get(2).loser());
    assertEquals(List.of(HTS), t.holders());
  }

  @Test
  void withdrawalAndMovingInOfOneSentenceAreOneChange() {
    Event left = withdrawal("e1", ARMY, "2024-12-04", "pulled out", MONDAY, 10);
    Event entered = event("e2", EventType.DEPLOYMENT, EventStatus.OCCURRED, HTS, null, RASTAN, "2024-12-04", "entered", MONDAY, 10);
    ControlTimeline t = ControlTimeline.build(List.of(left, entered), RASTAN_QUERY);
    assertEquals(1, t.changes().size());
    assertEquals(HTS, t.changes().get(0).gainer());
    assertEquals(ARMY, t.changes().get(0).loser());
    assertEquals(List.of(HTS), t.holders());
  }

  @Test
  void gainingGroundIsNoCapture() {
    Event advance = capture("e1", HTS, ARMY, "2024-12-05", "gain ground", MONDAY, 0);
    assertTrue(ControlTimeline.build(List.of(advance), RASTAN_QUERY).changes().isEmpty());
  }

  @Test
  void movingInAloneIsNoChange() {
    Event deployed = event("e1", EventType.DEPLOYMENT, EventStatus.OCCURRED, ARMY, null, RASTAN, "2024-12-04", "deployed", MONDAY, 10);
    assertTrue(ControlTimeline.build(List.of(deployed), RASTAN_QUERY).changes().isEmpty());
  }

  @Test
  void conflictingClaimsOfOneDayStandSideBySide() {
    List<Event> events = List.of(
        capture("e1", HTS, ARMY, "2024-12-05", "captured", MONDAY, 0),
        withStatus(capture("e2", SDF, null, "2024-12-05", "seized", THURSDAY, 0), EventStatus.CLAIMED));
    ControlTimeline t = ControlTimeline.build(events, RASTAN_QUERY);
    assertEquals(2, t.changes().size());
    assertTrue(t.changes().stream().allMatch(ControlChange::contested));
    assertEquals(List.of("Hayat Tahrir al-Sham", "Syrian Democratic Forces"), names(t.holders()));
    assertEquals("e1", t.changes().get(0).eventId(), "same day: article order");
  }

  @Test
  void undatedEventFallsBackToPublicationDay() {
    Event undated = capture("e1", HTS, ARMY, null, "overran", THURSDAY, 0);
    Event dated = capture("e2", ARMY, HTS, "2024-12-03", "recaptured", MONDAY, 0);
    ControlTimeline t = ControlTimeline.build(List.of(undated, dated), RASTAN_QUERY);
    assertEquals(LocalDate.of(2024, 12, 5), t.changes().get(1).day());
    assertEquals(List.of(HTS), t.holders());
  }

  @Test
  void captureFoundOnlyAtCountryLevelCountsWhenItsSentenceNamesThePlace() {
    Place syria = new Place("Syria", "Syria", null, "SYR", null, 35.0, 38.0, PlacePrecision.COUNTRY);
    Event base = event("e1", EventType.TERRITORY_CAPTURED, EventStatus.CLAIMED, ARMY, HTS, syria, "2024-12-05", "retook", MONDAY, 0);
    Event named = ControlEvents.withEvidence(base, "Syrian army says it retook Rastan");
    Event renamed = ControlEvents.withEvidence(event("e2", EventType.TERRITORY_CAPTURED, EventStatus.CLAIMED, ARMY, HTS, syria,
        "2024-12-05", "retook", MONDAY, 90), "The army retook Hama.");
    List<ControlChange> changes = ControlTimeline.build(List.of(named, renamed), RASTAN_QUERY).changes();
    assertEquals(List.of("e1"), changes.stream().map(ControlChange::eventId).toList());
  }
}
