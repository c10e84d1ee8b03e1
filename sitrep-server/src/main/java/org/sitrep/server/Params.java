package org.sitrep.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.sitrep.store.EventFilter;

/** Query parameters read strictly: a malformed one is a 400 that names it, never a 500. */
final class Params {
  private Params() {}

  /**
   * The trimmed value or null. Control characters are refused: a NUL ends DuckDB's parse of the
   * quoted literal EventFilter builds, so it would turn a filter value into an SQL error.
   */
  static String text(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value != null && value.chars().anyMatch(Character::isISOControl)) {
      throw ApiError.http(400, name + " contains a control character");
    }
    return value == null || value.isBlank() ? null : value.strip();
  }

  static int integer(Context ctx, String name, int fallback) {
    String value = text(ctx, name);
    try {
      return value == null ? fallback : Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw ApiError.http(400, name + " must be an integer: " + value);
    }
  }

  static LocalDate date(Context ctx, String name) {
    String value = text(ctx, name);
    try {
      return value == null ? null : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw ApiError.http(400, name + " must be a date YYYY-MM-DD: " + value);
    }
  }

  /** The event filter of the request, without a limit (paging adds one). */
  static EventFilter eventFilter(Context ctx) {
    String bbox = text(ctx, "bbox");
    double[] box;
    try {
      box = bbox == null ? null : EventFilter.parseBbox(bbox);
    } catch (IllegalArgumentException e) {
      throw ApiError.http(400, "bbox must be minLon,minLat,maxLon,maxLat: " + bbox);
    }
    return new EventFilter(text(ctx, "country"), text(ctx, "type"), text(ctx, "actor"), date(ctx, "since"),
        date(ctx, "until"), box, text(ctx, "status"), null);
  }
}
