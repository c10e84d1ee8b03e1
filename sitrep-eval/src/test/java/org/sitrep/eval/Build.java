package org.sitrep.eval;

import java.util.List;
import java.util.Set;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Article;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventStatus;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Place;
import org.sitrep.model.PlacePrecision;
import org.sitrep.model.Quantity;

/** Hand-built gold and system events for the scorer tests. */
final class Build {
  private Build() {}

  static GoldActor actor(String name, ActorKind kind, String country, String... aliases) {
    return new GoldActor(name, List.of(aliases), kind, country, false);
  }

  static GoldPlace place(String name, String country, String... aliases) {
    return new GoldPlace(name, List.of(aliases), country);
  }

  static GoldEvent gold(String article, String label, EventType type, EventStatus status, GoldActor actor,
      GoldPlace place, String date, Long fatalities, String sentence, boolean optional) {
    return new GoldEvent(article, label, type, Set.of(), status, Set.of(), actor, List.of(), place, List.of(),
        date, fatalities, null, null, List.of(sentence), optional);
  }

  static Actor sysActor(String name, String text, ActorKind kind, String country) {
    return new Actor(name, null, text, kind, country);
  }

  static Place sysPlace(String name) {
    return new Place(name, name, null, null, null, null, null, PlacePrecision.CITY);
  }

  static Event system(String article, EventType type, EventStatus status, Actor actor, Place place, String date,
      Long fatalities, String evidence) {
    Article a = new Article(article, null, "A headline for " + article, null, null, null, null);
    Quantity q = fatalities == null ? null : new Quantity(fatalities, true, null, null, String.valueOf(fatalities));
    return new Event("ev-" + System.identityHashCode(evidence) + type, type, status, actor, null, place,
        new EventDate(date, date == null ? DatePrecision.UNKNOWN : DatePrecision.DAY, null),
        q, null, null, null, List.of(), a, List.of(new Evidence(article, 0, evidence.length(), evidence)), 0.5, null, null, null);
  }

  /** The system event a perfect extractor would report for {@code g}. */
  static Event perfect(GoldEvent g) {
    Actor a = g.actor() == null ? null : new Actor(g.actor().name(), null, g.actor().name(), g.actor().kind(), g.actor().country());
    Place p = g.place() == null ? null : sysPlace(g.place().name());
    return system(g.articleId(), g.type(), g.status(), a, p, g.date(), g.fatalities(), g.sentences().get(0));
  }
}
