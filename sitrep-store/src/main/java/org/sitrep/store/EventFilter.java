package org.sitrep.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The filters of {@code sitrep events}; null means "any". The WHERE clause is built with quoted
 * literals (never string-pasted user text) so that the same SQL serves queries and COPY … TO,
 * which takes no parameters.
 *
 * @param bbox minLon, minLat, maxLon, maxLat, or null
 */
public record EventFilter(String country, String type, String actor, LocalDate since, LocalDate until, double[] bbox,
    String status, Integer limit, boolean duplicates) {

  /** Without events of near-duplicate articles (their originals' events stand for them). */
  public EventFilter(String country, String type, String actor, LocalDate since, LocalDate until, double[] bbox,
      String status, Integer limit) {
    this(country, type, actor, since, until, bbox, status, limit, false);
  }

  public static EventFilter none() {
    return new EventFilter(null, null, null, null, null, null, null, null);
  }

  /** " WHERE …" (or "") and " LIMIT n" (or "") for the events table. */
  public String whereAndLimit() {
    List<String> conditions = new ArrayList<>();
    if (!duplicates) {
      // set on the events of a near-duplicate article when it is linked (V003)
      conditions.add("duplicate_of IS NULL");
    }
    if (country != null) {
      conditions.add("country = " + literal(country.toUpperCase(Locale.ROOT)));
    }
    if (type != null) {
      conditions.add("type = " + literal(type.toLowerCase(Locale.ROOT)));
    }
    if (status != null) {
      conditions.add("status = " + literal(status.toLowerCase(Locale.ROOT)));
    }
    if (actor != null) {
      String like = literal("%" + actor + "%");
      conditions.add("(actor ILIKE " + like + " OR target ILIKE " + like + ")");
    }
    if (since != null) {
      conditions.add("date >= DATE " + literal(since.toString()));
    }
    if (until != null) {
      conditions.add("date <= DATE " + literal(until.toString()));
    }
    if (bbox != null) {
      conditions.add(String.format(Locale.ROOT, "lon BETWEEN %s AND %s AND lat BETWEEN %s AND %s",
          bbox[0], bbox[2], bbox[1], bbox[3]));
    }
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    return where + " ORDER BY article_id, ord" + (limit == null ? "" : " LIMIT " + Math.max(0, limit));
  }

  /**
   * A SQL string literal: quotes doubled, so any text is data, never SQL. Control characters are
   * dropped: DuckDB ends a literal at NUL, and no country, type, status or actor name holds one.
   */
  static String literal(String value) {
    String printable = value.replaceAll("\\p{Cntrl}", "");
    return "'" + printable.replace("'", "''") + "'";
  }

  /** Parses "minLon,minLat,maxLon,maxLat"; IllegalArgumentException with the reason otherwise. */
  public static double[] parseBbox(String text) {
    String[] parts = text.split(",");
    if (parts.length != 4) {
      throw new IllegalArgumentException("--bbox needs minLon,minLat,maxLon,maxLat: " + text);
    }
    double[] box = new double[4];
    for (int i = 0; i < 4; i++) {
      box[i] = Double.parseDouble(parts[i].strip());
    }
    if (box[0] > box[2] || box[1] > box[3]) {
      throw new IllegalArgumentException("--bbox minimum above maximum: " + text);
    }
    return box;
  }
}
