package org.sitrep.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.sql.PreparedStatement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sitrep.store.EventFilter;

/**
 * GET /api/flows: displacement events folded into from→to pairs, each with how many events and
 * people (the sum of the displaced counts' lower bounds; an event with several destinations counts
 * its people once per destination, as the article gives no split).
 */
final class FlowRoutes {
  private final StoreAccess store;

  FlowRoutes(StoreAccess store) {
    this.store = store;
  }

  void flows(Context ctx) {
    EventFilter asked = Params.eventFilter(ctx);
    EventFilter filter = new EventFilter(asked.country(), "displacement", asked.actor(), asked.since(), asked.until(),
        asked.bbox(), asked.status(), null);
    ArrayNode events = store.query(db -> {
      try (PreparedStatement s = db.prepareStatement("SELECT json FROM events" + filter.whereAndLimit())) {
        return Json.jsonColumn(s);
      }
    });
    Map<String, ObjectNode> pairs = new LinkedHashMap<>();
    events.forEach(e -> destinations(e).forEach(to -> add(pairs, e, e.path("from"), to)));
    ArrayNode flows = Json.array();
    pairs.values().forEach(flows::add);
    ObjectNode body = Json.object();
    body.set("flows", flows);
    Responses.json(ctx, body);
  }

  private static Iterable<JsonNode> destinations(JsonNode event) {
    JsonNode to = event.path("to");
    return to.isArray() && !to.isEmpty() ? to : java.util.List.of(Json.MAPPER.nullNode());
  }

  private static void add(Map<String, ObjectNode> pairs, JsonNode event, JsonNode from, JsonNode to) {
    String key = placeKey(from) + "\u0000" + placeKey(to);
    ObjectNode flow = pairs.computeIfAbsent(key, k -> newFlow(from, to));
    flow.put("events", flow.get("events").asLong() + 1);
    flow.put("displaced", flow.get("displaced").asLong() + event.path("displaced").path("value").asLong(0));
    ((ArrayNode) flow.get("event_ids")).add(event.path("id").asText());
  }

  private static ObjectNode newFlow(JsonNode from, JsonNode to) {
    ObjectNode flow = Json.object();
    flow.set("from", place(from));
    flow.set("to", place(to));
    flow.put("events", 0).put("displaced", 0);
    flow.putArray("event_ids");
    return flow;
  }

  private static JsonNode place(JsonNode p) {
    if (p == null || p.isNull() || p.isMissingNode()) {
      return Json.MAPPER.nullNode();
    }
    ObjectNode out = Json.object();
    for (String field : new String[] {"name", "country", "lat", "lon"}) {
      out.set(field, p.path(field).isMissingNode() ? Json.MAPPER.nullNode() : p.get(field));
    }
    return out;
  }

  private static String placeKey(JsonNode p) {
    return p == null || p.isNull() ? "" : p.path("name").asText("") + "|" + p.path("country").asText("");
  }
}
