package org.sitrep.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.control.ControlTimeline;
import org.sitrep.control.ControlWriter;
import org.sitrep.control.PlaceMatcher;
import org.sitrep.export.EventJson;
import org.sitrep.model.Event;

/**
 * GET /api/control?place=NAME: the control timeline (captures, withdrawals, who held it after)
 * that core's ControlTimeline builds from the stored events, in date order. The place is matched by
 * name (folded), as the store keeps no gazetteer: events whose location, origin or evidence name it.
 */
final class ControlRoutes {
  private static final String CANDIDATES = "SELECT json FROM events WHERE location ILIKE ? ESCAPE '\\' OR evidence ILIKE ? ESCAPE '\\'"
      + " OR json ILIKE ? ESCAPE '\\'"
      + " ORDER BY article_id, ord";
  private final StoreAccess store;
  private final EventJson eventJson = new EventJson();

  ControlRoutes(StoreAccess store) {
    this.store = store;
  }

  void control(Context ctx) {
    String place = Params.text(ctx, "place");
    if (place == null) {
      throw ApiError.http(400, "place is required, e.g. /api/control?place=Homs");
    }
    String like = "%" + place.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    ArrayNode stored = store.query(db -> {
      try (PreparedStatement s = db.prepareStatement(CANDIDATES)) {
        s.setString(1, like);
        s.setString(2, like);
        s.setString(3, like);
        return Json.jsonColumn(s);
      }
    });
    List<Event> events = new ArrayList<>();
    stored.forEach(n -> events.add(eventJson.event(n)));
    ControlTimeline timeline = ControlTimeline.build(events, PlaceMatcher.of(place, null));
    Responses.json(ctx, body(place, timeline));
  }

  /** The timeline as the CLI's JSON lines (one writer for both), folded into one object. */
  private static ObjectNode body(String place, ControlTimeline timeline) {
    StringWriter lines = new StringWriter();
    try {
      new ControlWriter(lines).writeJsonl(place, timeline);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ObjectNode body = Json.object().put("place", place);
    ArrayNode changes = body.putArray("changes");
    for (String line : lines.toString().split("\n")) {
      JsonNode node = Json.parse(line);
      if ("holder".equals(node.path("kind").asText())) {
        body.set("holders", node.path("holders"));
      } else if (!line.isBlank()) {
        changes.add(node);
      }
    }
    return body;
  }
}
