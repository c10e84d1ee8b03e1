package org.sitrep.export;

import java.math.BigDecimal;
import java.util.stream.Collectors;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Place;
import org.sitrep.model.Quantity;

/** Flat, printable views of event fields shared by the CSV, GeoJSON and table writers. */
final class Flat {
  private Flat() {}

  static String name(Actor a) {
    return a == null ? "" : a.name();
  }

  static String kind(Actor a) {
    return a == null || a.kind() == null ? "" : a.kind().json();
  }

  static String name(Place p) {
    return p == null ? "" : p.name();
  }

  static String count(Quantity q) {
    return q == null ? "" : Long.toString(q.value());
  }

  static String date(Event e) {
    return e.date() == null || e.date().value() == null ? "" : e.date().value();
  }

  static String precision(Event e) {
    return e.date() == null || e.date().precision() == null ? "" : e.date().precision().json();
  }

  /** Plain decimal (never 1.0E-5) so that the output does not depend on magnitude. */
  static String number(Double d) {
    return d == null || d.isNaN() || d.isInfinite() ? "" : BigDecimal.valueOf(d).toPlainString();
  }

  static String evidence(Event e) {
    return e.evidence().stream().map(Evidence::text).collect(Collectors.joining(" | "));
  }

  static String destinations(Event e) {
    return e.to().stream().map(Flat::name).collect(Collectors.joining(";"));
  }

  /** The point an event is mapped at: its location, else where people fled from. */
  static Place mappedPlace(Event e) {
    if (hasCoordinates(e.location())) {
      return e.location();
    }
    return hasCoordinates(e.from()) ? e.from() : null;
  }

  static boolean hasCoordinates(Place p) {
    return p != null && p.lat() != null && p.lon() != null && Double.isFinite(p.lat()) && Double.isFinite(p.lon());
  }
}
