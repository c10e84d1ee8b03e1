package org.sitrep.eval.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.EventStatus;
import org.sitrep.model.EventType;

class TopEventTest {
  @Test
  void theMostConfidentCountedEventWinsAndUncountedStatusesAreIgnored() {
    Event planned = Events.event(EventType.BATTLE, EventStatus.PLANNED, 0.99, "attack");
    Event claimed = Events.event(EventType.EXPLOSION_REMOTE_VIOLENCE, EventStatus.CLAIMED, 0.7, "airstrike");
    Event occurred = Events.event(EventType.BATTLE, EventStatus.OCCURRED, 0.6, "clash");
    assertEquals(claimed, TopEvent.of(List.of(planned, occurred, claimed)).orElseThrow());
  }

  @Test
  void tiesGoToTheEarlierEvent() {
    Event first = Events.event(EventType.BATTLE, EventStatus.ONGOING, 0.5, "clash");
    Event second = Events.event(EventType.PROTEST, EventStatus.OCCURRED, 0.5, "protest");
    assertEquals(first, TopEvent.of(List.of(first, second)).orElseThrow());
    assertEquals(second, TopEvent.of(List.of(second, first)).orElseThrow());
  }

  @Test
  void onlyUncountedEventsGiveNoTop() {
    List<Event> events = List.of(Events.event(EventType.THREAT, EventStatus.THREATENED, 0.9, null),
        Events.event(EventType.BATTLE, EventStatus.DENIED, 0.8, null),
        Events.event(EventType.BATTLE, EventStatus.SPECULATIVE, 0.8, null));
    assertTrue(TopEvent.of(events).isEmpty());
    assertTrue(TopEvent.counted(events).isEmpty());
  }

  @Test
  void labelIsTheAcledSubtypeOrNamesTheSitrepTypeThatHasNone() {
    Event strike = Events.event(EventType.EXPLOSION_REMOTE_VIOLENCE, EventStatus.OCCURRED, 0.5, "airstrike");
    Event shelling = Events.event(EventType.EXPLOSION_REMOTE_VIOLENCE, EventStatus.OCCURRED, 0.5, "shelling");
    assertNotEquals(Subtypes.label(strike), Subtypes.label(shelling));
    Event displacement = Events.event(EventType.DISPLACEMENT, EventStatus.OCCURRED, 0.5, "fled");
    assertNull(Subtypes.of(displacement));
    assertTrue(Subtypes.label(displacement).contains("displacement"), Subtypes.label(displacement));
  }
}
