package org.sitrep.store.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.dedup.EventPoint;
import org.sitrep.export.EventJson;
import org.sitrep.model.Event;

/**
 * The stored events as clustering reads them: their points, nothing more, so that a store of
 * hundreds of thousands of events fits in memory (the parsed event and its JSON are dropped after
 * the point is taken). Events of near-duplicate articles are left out (their originals speak for
 * them); a row whose JSON no longer parses is skipped, never fatal.
 */
final class StoredEvent {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SELECT = "SELECT e.id, e.article_id, e.json, a.source, a.url, a.published"
      + " FROM events e JOIN articles a ON a.id = e.article_id WHERE e.duplicate_of IS NULL AND ";
  /** One order whatever the filter, so a country's clusters come out as in a full rebuild. */
  private static final String ORDER = " ORDER BY a.ingested_at, e.article_id, e.ord";

  private StoredEvent() {}

  /** The points of the events whose country passes {@code filter}, in ingest order. */
  static List<EventPoint> points(Connection db, CountryFilter filter) throws SQLException {
    EventJson reader = new EventJson();
    List<EventPoint> events = new ArrayList<>();
    try (java.sql.PreparedStatement s = db.prepareStatement(SELECT + filter.sql("e") + ORDER)) {
      filter.bind(s, 1);
      try (ResultSet r = s.executeQuery()) {
        read(r, reader, events);
      }
    }
    return events;
  }

  private static void read(ResultSet r, EventJson reader, List<EventPoint> events) throws SQLException {
    while (r.next()) {
      try {
        ObjectNode json = (ObjectNode) JSON.readTree(r.getString(3));
        Event e = reader.event(json);
        Date published = r.getDate(6);
        EventPoint p = EventPoint.of(e, r.getString(2), source(r.getString(4), r.getString(5), r.getString(2)),
            published == null ? null : published.toLocalDate());
        events.add(withId(p, r.getString(1)));
      } catch (IOException | RuntimeException broken) {
        // a damaged row is left out of clustering; `sitrep sql` still shows it
      }
    }
  }

  /** The article's source, else its URL's host, else its id: something that tells outlets apart. */
  static String source(String source, String url, String articleId) {
    if (source != null && !source.isBlank()) {
      return source;
    }
    try {
      String host = url == null ? null : URI.create(url.strip()).getHost();
      return host != null ? host.replaceFirst("^www\\.", "") : articleId;
    } catch (IllegalArgumentException e) {
      return articleId;
    }
  }

  private static EventPoint withId(EventPoint p, String id) {
    return new EventPoint(id, p.articleId(), p.source(), p.type(), p.country(), p.lat(), p.lon(), p.placePrecision(),
        p.date(), p.datePrecision(), p.actor(), p.target(), p.fatalities(), p.injured(), p.displaced(), p.location());
  }
}
