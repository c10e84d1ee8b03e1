package org.sitrep.store;

import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Place;
import org.sitrep.model.Quantity;

/** The flat column values of one event row; absent parts give SQL NULL. */
record EventColumns(Event e) {
  Date date() {
    if (e.date() == null || e.date().value() == null) {
      return null;
    }
    try {
      return Date.valueOf(LocalDate.parse(e.date().value()));
    } catch (DateTimeParseException ex) {
      return null;
    }
  }

  String datePrecision() {
    return e.date() == null || e.date().precision() == null ? null : e.date().precision().json();
  }

  /** The country of the place the event is mapped at (its location, else where people fled from). */
  String country() {
    return place() != null ? place().country() : null;
  }

  String admin1() {
    return place() == null ? null : place().admin1();
  }

  String location() {
    return place() == null ? null : place().name();
  }

  Double lat() {
    return place() == null ? null : place().lat();
  }

  Double lon() {
    return place() == null ? null : place().lon();
  }

  String geoPrecision() {
    return place() == null || place().precision() == null ? null : place().precision().json();
  }

  String actor() {
    return name(e.actor());
  }

  String actorKind() {
    return kind(e.actor());
  }

  String target() {
    return name(e.target());
  }

  String targetKind() {
    return kind(e.target());
  }

  Long fatalities() {
    return count(e.fatalities());
  }

  Long injured() {
    return count(e.injured());
  }

  Long displaced() {
    return count(e.displaced());
  }

  /** Where the event happened, or for a displacement without a location, where people fled from. */
  private Place place() {
    return e.location() != null ? e.location() : e.from();
  }

  private static String name(Actor a) {
    return a == null ? null : a.name();
  }

  private static String kind(Actor a) {
    return a == null || a.kind() == null ? null : a.kind().json();
  }

  private static Long count(Quantity q) {
    return q == null ? null : q.value();
  }
}
