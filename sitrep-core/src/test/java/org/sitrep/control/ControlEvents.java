package org.sitrep.control;

import java.time.LocalDate;
import java.util.List;
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

/** Hand-built events about Rastan for the timeline tests. */
final class ControlEvents {
  static final Actor HTS = new Actor("Hayat Tahrir al-Sham", "hts", "HTS", ActorKind.REBEL, "SYR");
  static final Actor ARMY = new Actor("Syrian Arab Army", "saa", "the army", ActorKind.STATE_MILITARY, "SYR");
  static final Actor SDF = new Actor("Syrian Democratic Forces", "sdf", "SDF", ActorKind.REBEL, "SYR");
  static final Actor CIVILIANS = new Actor("civilians", null, "residents", ActorKind.CIVILIANS, null);
  static final Place RASTAN = new Place("Ar Rastan", "Rastan", 170654L, "SYR", "Homs", 34.92, 36.73, PlacePrecision.CITY);
  static final Place HAMA = new Place("Hama", "Hama", 170017L, "SYR", "Hama", 35.13, 36.75, PlacePrecision.CITY);

  private ControlEvents() {}

  static Article article(String id, LocalDate published) {
    return new Article(id, null, id, published, "example.org", null, null);
  }

  /** An event of one sentence starting at {@code start} of its article. */
  static Event event(String id, EventType type, EventStatus status, Actor actor, Actor target, Place location,
      String day, String trigger, Article article, int start) {
    String sentence = actor.text() + " " + trigger + " " + (location == null ? "" : location.text()) + ".";
    return new Event(id, type, status, actor, target, location,
        new EventDate(day, day == null ? DatePrecision.UNKNOWN : DatePrecision.DAY, day), null, null, null,
        null, List.of(), article, List.of(new Evidence(article.id(), start, start + sentence.length(), sentence)),
        0.8, null, trigger, null);
  }

  static Event capture(String id, Actor actor, Actor target, String day, String trigger, Article article, int start) {
    return event(id, EventType.TERRITORY_CAPTURED, EventStatus.OCCURRED, actor, target, RASTAN, day, trigger, article, start);
  }

  static Event withdrawal(String id, Actor actor, String day, String trigger, Article article, int start) {
    Event e = event(id, EventType.DEPLOYMENT, EventStatus.OCCURRED, actor, null, null, day, trigger, article, start);
    return new Event(e.id(), e.type(), e.status(), e.actor(), null, null, e.date(), null, null, null, RASTAN,
        List.of(), article, e.evidence(), e.confidence(), null, trigger, null);
  }

  static Event withStatus(Event e, EventStatus status) {
    return new Event(e.id(), e.type(), status, e.actor(), e.target(), e.location(), e.date(), e.fatalities(),
        e.injured(), e.displaced(), e.from(), e.to(), e.article(), e.evidence(), e.confidence(), e.cluster(), e.trigger(), e.subtype());
  }

  static Event withEvidence(Event e, String text) {
    int start = e.evidence().get(0).start();
    return new Event(e.id(), e.type(), e.status(), e.actor(), e.target(), e.location(), e.date(), e.fatalities(),
        e.injured(), e.displaced(), e.from(), e.to(), e.article(),
        List.of(new Evidence(e.article().id(), start, start + text.length(), text)), e.confidence(), e.cluster(), e.trigger(), e.subtype());
  }
}
