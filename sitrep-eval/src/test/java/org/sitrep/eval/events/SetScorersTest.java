package org.sitrep.eval.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.eval.Accuracy;
import org.sitrep.eval.Counts;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Event;
import org.sitrep.model.EventStatus;
import org.sitrep.model.EventType;

class SetScorersTest {
  private static SubtypeCase strikeOn(String place, Long fatalities) {
    return new SubtypeCase("st-1", "text", null, "Explosions/Remote violence", "Air/drone strike",
        "explosion_remote_violence", "Israeli military", "civilians", place == null ? null : new NamedPlace(place, "PSE", null),
        fatalities, null);
  }

  @Test
  void typeAndPlaceNeedBothTheTypeAndAMatchingPlace() {
    Event strike = Events.withPlace(Events.event(EventType.EXPLOSION_REMOTE_VIOLENCE, EventStatus.OCCURRED, 0.8, "airstrike"),
        Events.place("Khan Yunis", 31.34, 34.30));
    assertEquals(new Counts(1, 0, 0), SubtypeScorer.typePlace(strikeOn("Khan Younis", 3L), strike));
    assertEquals(new Counts(0, 1, 1), SubtypeScorer.typePlace(strikeOn("Rafah", 3L), strike));
    Event battle = Events.withPlace(Events.event(EventType.BATTLE, EventStatus.OCCURRED, 0.8, "clash"),
        Events.place("Khan Younis", 31.34, 34.30));
    assertEquals(new Counts(0, 1, 1), SubtypeScorer.typePlace(strikeOn("Khan Younis", 3L), battle));
    assertEquals(new Counts(0, 0, 1), SubtypeScorer.typePlace(strikeOn("Khan Younis", 3L), null));
    assertEquals(new Counts(0, 1, 0), SubtypeScorer.typePlace(strikeOn(null, 3L), strike));
  }

  @Test
  void subtypeScorerLabelsTheTopCountedEvent() {
    SubtypeScorer scorer = new SubtypeScorer(5);
    Event strike = Events.withFatalities(Events.event(EventType.EXPLOSION_REMOTE_VIOLENCE, EventStatus.OCCURRED, 0.8, "airstrike"), 3);
    Event threat = Events.event(EventType.BATTLE, EventStatus.THREATENED, 0.95, "attack");
    scorer.score(strikeOn("Khan Younis", 3L), List.of(threat, strike));
    scorer.score(strikeOn("Khan Younis", 3L), List.of(threat));
    assertEquals(2, scorer.confusion().total());
    assertEquals(1, scorer.confusion().correct());
    assertEquals(new Counts(1, 0, 1), scorer.confusion().counts("Air/drone strike"));
    StringBuilder out = new StringBuilder();
    scorer.render(out);
    assertTrue(out.toString().contains("| fatalities | 0.500 (1/2) |"), out.toString());
    assertTrue(out.toString().contains("| Air/drone strike | none | 1 |"), out.toString());
  }

  @Test
  void displacementFigureOriginAndDestinations() {
    DisplacementCase gold = new DisplacementCase("dp-1", "text", null, "conflict", 4500L,
        new NamedPlace("Pont-Sonde", "HTI", null), List.of(new NamedPlace("Saint-Marc", "HTI", null), new NamedPlace("Gonaives", "HTI", null)));
    DisplacementScorer scorer = new DisplacementScorer(5);
    Event weak = Events.displacement(100, null, List.of(), 0.3);
    Event top = Events.displacement(4500, Events.place("Pont Sondé", 19.1, -72.6), List.of(Events.place("Saint-Marc", 19.1, -72.7)), 0.9);
    scorer.score(gold, List.of(weak, top));
    scorer.score(gold, List.of(Events.event(EventType.BATTLE, EventStatus.OCCURRED, 0.9, "clash")));
    assertEquals(new Accuracy(1, 2), scorer.found());
    assertEquals(new Accuracy(1, 2), scorer.figure());
    assertEquals(new Accuracy(1, 2), scorer.origin());
    assertEquals(new Accuracy(1, 4), scorer.destinations());
    assertTrue(DisplacementScorer.sameFigure(gold, top));
    assertTrue(!DisplacementScorer.sameFigure(gold, weak));
  }

  @Test
  void negativesCountEveryCountedEventPerDomain() {
    NegativeScorer scorer = new NegativeScorer(5);
    scorer.score(new NegativeCase("n1", "t", null, "sport"), List.of(Events.event(EventType.BATTLE, EventStatus.OCCURRED, 0.5, "clash"),
        Events.event(EventType.BATTLE, EventStatus.OCCURRED, 0.4, "clash")));
    scorer.score(new NegativeCase("n2", "t", null, "sport"), List.of(Events.event(EventType.THREAT, EventStatus.THREATENED, 0.5, null)));
    scorer.score(new NegativeCase("n3", "t", null, "history"), List.of());
    assertEquals(new Accuracy(2, 3), scorer.clean());
    assertEquals(2, scorer.countedEvents());
    StringBuilder out = new StringBuilder();
    scorer.render(out);
    assertTrue(out.toString().contains("| sport | 0.500 (1/2) | 2 | 1.000 |"), out.toString());
  }

  @Test
  void actorNamesMatchFoldedButNotByKindAlone() {
    assertTrue(ActorNames.matches("Israeli military", Events.actor("Israel Defense Forces", "idf", ActorKind.STATE_MILITARY, "ISR"))
        || ActorNames.matches("Israeli military", new org.sitrep.model.Actor("Israel Defense Forces", "idf", "Israeli military", ActorKind.STATE_MILITARY, "ISR")));
    assertTrue(!ActorNames.matches("Hamas", Events.actor("Israel Defense Forces", "idf", ActorKind.STATE_MILITARY, "ISR")));
    assertTrue(!ActorNames.matches(null, Events.actor("Hamas", "hamas", ActorKind.REBEL, "PSE")));
  }
}
