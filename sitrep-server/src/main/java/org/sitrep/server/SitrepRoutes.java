package org.sitrep.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.control.ControlChange;
import org.sitrep.control.ControlTimeline;
import org.sitrep.control.PlaceMatcher;
import org.sitrep.export.EventJson;
import org.sitrep.model.Event;
import org.sitrep.store.EventFilter;

/**
 * GET /api/sitrep?place=NAME|bbox=…&since=&until=: the situation report (SitrepReport) over the
 * stored events of a place (matched by name, as /api/control) or a box, in a window of event dates.
 */
final class SitrepRoutes {
  /** The most events one report reads: beyond this the summary would not change much, the time would. */
  static final int MAX_EVENTS = 20_000;
  private static final String BY_PLACE = "SELECT json FROM events WHERE (location ILIKE ? ESCAPE '\\'"
      + " OR evidence ILIKE ? ESCAPE '\\' OR json ILIKE ? ESCAPE '\\') ORDER BY article_id, ord LIMIT " + MAX_EVENTS;
  private static final String RELATIONS = "SELECT json FROM relations ORDER BY article_id, ord LIMIT " + MAX_EVENTS;
  private final StoreAccess store;
  private final SitrepTemplates templates = SitrepTemplates.load();
  private final SitrepReport report = new SitrepReport(templates);
  private final EventJson eventJson = new EventJson();

  SitrepRoutes(StoreAccess store) {
    this.store = store;
  }

  void sitrep(Context ctx) {
    String place = Params.text(ctx, "place");
    EventFilter filter = Params.eventFilter(ctx);
    LocalDate since = filter.since();
    LocalDate until = filter.until();
    List<JsonNode> events = place == null ? byFilter(filter) : inWindow(byPlace(place), since, until);
    List<ControlChange> changes = place == null ? List.of() : control(place, events);
    String area = place != null ? place : filter.bbox() != null ? "the box " + Params.text(ctx, "bbox")
        : templates.text("area.all");
    Responses.json(ctx, report.build(new SitrepReport.Window(area, since, until), events, changes, relations(events)));
  }

  private List<JsonNode> byFilter(EventFilter asked) {
    EventFilter filter = new EventFilter(asked.country(), asked.type(), asked.actor(), asked.since(), asked.until(),
        asked.bbox(), asked.status(), MAX_EVENTS);
    return list(store.query(db -> {
      try (PreparedStatement s = db.prepareStatement("SELECT json FROM events" + filter.whereAndLimit())) {
        return Json.jsonColumn(s);
      }
    }));
  }

  private List<JsonNode> byPlace(String place) {
    String like = "%" + place.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    return list(store.query(db -> {
      try (PreparedStatement s = db.prepareStatement(BY_PLACE)) {
        for (int i = 1; i <= 3; i++) {
          s.setString(i, like);
        }
        return Json.jsonColumn(s);
      }
    }));
  }

  /** Events dated inside the window; an undated event only when no window was asked. */
  static List<JsonNode> inWindow(List<JsonNode> events, LocalDate since, LocalDate until) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode e : events) {
      String day = e.path("date").path("value").asText("");
      boolean undated = day.length() < 10;
      boolean after = since == null || (!undated && day.compareTo(since.toString()) >= 0);
      boolean before = until == null || (!undated && day.compareTo(until.toString()) <= 0);
      if (after && before) {
        out.add(e);
      }
    }
    return out;
  }

  private List<ControlChange> control(String place, List<JsonNode> events) {
    List<Event> parsed = new ArrayList<>();
    events.forEach(n -> parsed.add(eventJson.event(n)));
    return ControlTimeline.build(parsed, PlaceMatcher.of(place, null)).changes();
  }

  /** The relations stated in the articles the events come from. */
  private List<JsonNode> relations(List<JsonNode> events) {
    Set<String> articles = new HashSet<>();
    events.forEach(e -> articles.add(e.path("article").path("id").asText()));
    List<JsonNode> out = new ArrayList<>();
    store.query(db -> {
      try (PreparedStatement s = db.prepareStatement(RELATIONS)) {
        return Json.jsonColumn(s);
      }
    }).forEach(r -> {
      if (articles.contains(r.path("article").path("id").asText())) {
        out.add(r);
      }
    });
    return out;
  }

  private static List<JsonNode> list(Iterable<JsonNode> nodes) {
    List<JsonNode> out = new ArrayList<>();
    nodes.forEach(out::add);
    return out;
  }
}
