package org.sitrep.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.export.EventJson;
import org.sitrep.export.GeoJsonWriter;
import org.sitrep.model.Event;
import org.sitrep.store.EventFilter;

/** GET /api/events (filtered, paged, JSON or GeoJSON) and GET /api/events/{id} (with its article). */
final class EventRoutes {
  private final StoreAccess store;
  private final EventJson eventJson = new EventJson();
  private final ResponseCache cache;

  EventRoutes(StoreAccess store) {
    this.store = store;
    this.cache = new ResponseCache(store);
  }

  void list(Context ctx) {
    EventFilter filter = Params.eventFilter(ctx);
    Paging paging = Paging.of(ctx);
    String key = ctx.queryString() == null ? "" : ctx.queryString();
    ResponseCache.Answer answer = cache.get(key, () -> render(ctx, filter, paging));
    ctx.contentType(answer.contentType()).result(answer.body());
  }

  private ResponseCache.Answer render(Context ctx, EventFilter filter, Paging paging) {
    String where = filter.whereAndLimit();
    if ("geojson".equals(Params.text(ctx, "format"))) {
      ArrayNode events = store.query(db -> {
        try (PreparedStatement s = db.prepareStatement("SELECT json FROM events" + where + paging.sql())) {
          return Json.jsonColumn(s);
        }
      });
      return new ResponseCache.Answer("application/geo+json", geoJson(events));
    }
    ObjectNode body = Json.object().put("total", 0L).put("limit", paging.limit()).put("offset", paging.offset());
    ArrayNode events = body.putArray("events");
    // One scan for page and total: the window count is taken before ORDER BY and LIMIT apply.
    long total = store.query(db -> pageWithTotal(db.prepareStatement(
        "SELECT json, count(*) OVER () FROM events" + where + paging.sql()), events));
    if (events.isEmpty()) {
      total = store.query(db -> count(db.prepareStatement("SELECT count(*) FROM (SELECT id FROM events" + where + ")")));
    }
    body.put("total", total);
    return new ResponseCache.Answer("application/json", Json.write(body));
  }

  /** Adds the page's events to {@code into}; answers the filter's total (0 for an empty page). */
  private static long pageWithTotal(PreparedStatement s, ArrayNode into) throws java.sql.SQLException {
    long total = 0;
    try (s; ResultSet r = s.executeQuery()) {
      while (r.next()) {
        into.add(Json.parse(r.getString(1)));
        total = r.getLong(2);
      }
    }
    return total;
  }

  void one(Context ctx) {
    String id = ctx.pathParam("id");
    ArrayNode found = store.query(db -> {
      try (PreparedStatement s = db.prepareStatement("SELECT json FROM events WHERE id = ?")) {
        s.setString(1, id);
        return Json.jsonColumn(s);
      }
    });
    if (found.isEmpty()) {
      throw ApiError.http(404, "no event with id " + id);
    }
    JsonNode event = found.get(0);
    ObjectNode body = Json.object();
    body.set("event", event);
    body.set("article", article(event.path("article").path("id").asText(null)));
    Responses.json(ctx, body);
  }

  /** The stored article with its cleaned text, which the evidence offsets index into. */
  private JsonNode article(String articleId) {
    if (articleId == null) {
      return Json.MAPPER.nullNode();
    }
    ArrayNode rows = store.query(db -> {
      try (PreparedStatement s = db.prepareStatement(
          "SELECT id, url, title, CAST(published AS VARCHAR) AS published, source, text FROM articles WHERE id = ?")) {
        s.setString(1, articleId);
        try (ResultSet r = s.executeQuery()) {
          return Json.rows(r);
        }
      }
    });
    return rows.isEmpty() ? Json.MAPPER.nullNode() : rows.get(0);
  }

  private String geoJson(ArrayNode events) {
    List<Event> parsed = new ArrayList<>();
    events.forEach(n -> parsed.add(eventJson.event(n)));
    StringWriter out = new StringWriter();
    try {
      new GeoJsonWriter(out).writeAll(parsed);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static long count(PreparedStatement s) throws java.sql.SQLException {
    try (s; ResultSet r = s.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }
}
