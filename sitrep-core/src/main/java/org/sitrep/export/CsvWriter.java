package org.sitrep.export;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import org.sitrep.model.Event;
import org.sitrep.model.Place;

/**
 * One CSV row per event (RFC 4180: CRLF line ends; fields with comma, quote, CR or LF are quoted,
 * quotes doubled). Counts are the quantity values; {@code to} joins destinations with ';';
 * {@code evidence} joins evidence sentences with " | ".
 */
public final class CsvWriter {
  public static final List<String> HEADER = List.of("id", "article_id", "type", "status", "date",
      "date_precision", "actor", "actor_kind", "target", "location", "country", "lat", "lon", "precision",
      "fatalities", "injured", "displaced", "from", "to", "source", "evidence");
  private static final String CRLF = "\r\n";

  private final Writer out;

  public CsvWriter(Writer out) {
    this.out = out;
  }

  public void writeHeader() throws IOException {
    row(HEADER);
  }

  public void write(Event e) throws IOException {
    Place loc = e.location();
    row(Arrays.asList(e.id(), e.article() == null ? "" : e.article().id(), e.type().json(), e.status().json(),
        Flat.date(e), Flat.precision(e), Flat.name(e.actor()), Flat.kind(e.actor()), Flat.name(e.target()),
        Flat.name(loc), loc == null ? "" : orEmpty(loc.country()), loc == null ? "" : Flat.number(loc.lat()),
        loc == null ? "" : Flat.number(loc.lon()), loc == null || loc.precision() == null ? "" : loc.precision().json(),
        Flat.count(e.fatalities()), Flat.count(e.injured()), Flat.count(e.displaced()), Flat.name(e.from()),
        Flat.destinations(e), e.article() == null ? "" : orEmpty(e.article().source()), Flat.evidence(e)));
  }

  /** The header, then one row per event. */
  public void writeAll(Iterable<Event> events) throws IOException {
    writeHeader();
    for (Event e : events) {
      write(e);
    }
    out.flush();
  }

  private void row(List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(escape(fields.get(i)));
    }
    out.write(CRLF);
  }

  static String escape(String field) {
    String s = field == null ? "" : field;
    boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
    return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
