package org.sitrep.dedup;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.sitrep.model.Actor;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Place;
import org.sitrep.model.PlacePrecision;
import org.sitrep.model.Quantity;

/**
 * What clustering needs of one event. The date is the event's own, else the article's publication
 * date (at day precision); lat/lon null when the place has no coordinates. Actors are kept whole so
 * that compatibility can look at dictionary ids and names.
 */
public record EventPoint(String eventId, String articleId, String source, EventType type, String country,
    Double lat, Double lon, PlacePrecision placePrecision, LocalDate date, DatePrecision datePrecision,
    Actor actor, Actor target, Long fatalities, Long injured, Long displaced, String location) {

  public static EventPoint of(Event e, String articleId, String source, LocalDate published) {
    Place p = e.location() != null ? e.location() : e.from();
    LocalDate date = parse(e.date() == null ? null : e.date().value());
    DatePrecision precision = date != null && e.date().precision() != null ? e.date().precision() : DatePrecision.DAY;
    return new EventPoint(e.id(), articleId, source, e.type(), p == null ? null : p.country(),
        p == null ? null : p.lat(), p == null ? null : p.lon(),
        p == null || p.precision() == null ? PlacePrecision.UNKNOWN : p.precision(),
        date != null ? date : published, precision, e.actor(), e.target(),
        value(e.fatalities()), value(e.injured()), value(e.displaced()), p == null ? null : p.name());
  }

  /** The first day of an ISO date, a year-month or a year; null for anything else. */
  static LocalDate parse(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      String v = value.strip();
      return LocalDate.parse(v.length() == 4 ? v + "-01-01" : v.length() == 7 ? v + "-01" : v.substring(0, Math.min(10, v.length())));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static Long value(Quantity q) {
    return q == null ? null : q.value();
  }

  boolean hasCoordinates() {
    return lat != null && lon != null;
  }
}
