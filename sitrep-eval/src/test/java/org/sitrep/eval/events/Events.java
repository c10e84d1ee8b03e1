package org.sitrep.eval.events;

import java.util.List;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Article;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventStatus;
import org.sitrep.model.EventType;
import org.sitrep.model.Place;
import org.sitrep.model.PlacePrecision;
import org.sitrep.model.Quantity;

/** Hand-built system events for the eval-set scorer tests. */
final class Events {
  private static final Article ARTICLE = new Article("a", null, null, null, null, "text", "a");

  private Events() {}

  static Event event(EventType type, EventStatus status, double confidence, String trigger) {
    return new Event("e-" + confidence, type, status, null, null, null, new EventDate(null, DatePrecision.UNKNOWN, null),
        null, null, null, null, List.of(), ARTICLE, List.of(), confidence, null, trigger, trigger == null ? null : SUBTYPES.get(trigger));
  }

  /** The sub-types the event stage gives these triggers (subtypes.tsv), so tests need not run it. */
  private static final java.util.Map<String, String> SUBTYPES = java.util.Map.of(
      "attack", "Armed clash", "clash", "Armed clash", "airstrike", "Air/drone strike",
      "shelling", "Shelling/artillery/missile attack", "protest", "Peaceful protest");

  static Event withPlace(Event e, Place p) {
    return new Event(e.id(), e.type(), e.status(), e.actor(), e.target(), p, e.date(), e.fatalities(), e.injured(),
        e.displaced(), e.from(), e.to(), e.article(), e.evidence(), e.confidence(), e.cluster(), e.trigger(), e.subtype());
  }

  static Event withActors(Event e, Actor actor, Actor target) {
    return new Event(e.id(), e.type(), e.status(), actor, target, e.location(), e.date(), e.fatalities(), e.injured(),
        e.displaced(), e.from(), e.to(), e.article(), e.evidence(), e.confidence(), e.cluster(), e.trigger(), e.subtype());
  }

  static Event withFatalities(Event e, long n) {
    return new Event(e.id(), e.type(), e.status(), e.actor(), e.target(), e.location(), e.date(), count(n), e.injured(),
        e.displaced(), e.from(), e.to(), e.article(), e.evidence(), e.confidence(), e.cluster(), e.trigger(), e.subtype());
  }

  static Event displacement(long displaced, Place from, List<Place> to, double confidence) {
    return new Event("d-" + confidence, EventType.DISPLACEMENT, EventStatus.OCCURRED, null, null, null,
        new EventDate(null, DatePrecision.UNKNOWN, null), null, null, count(displaced), from, to, ARTICLE, List.of(),
        confidence, null, "fled", null);
  }

  static Quantity count(long n) {
    return new Quantity(n, true, null, null, String.valueOf(n));
  }

  static Place place(String name, double lat, double lon) {
    return new Place(name, name, null, "SYR", null, lat, lon, PlacePrecision.CITY);
  }

  static Actor actor(String name, String id, ActorKind kind, String country) {
    return new Actor(name, id, name, kind, country);
  }
}
