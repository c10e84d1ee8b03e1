package org.sitrep.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import org.sitrep.model.Event;
import org.sitrep.model.Place;

/**
 * A GeoJSON (RFC 7946) FeatureCollection with one Point feature per event, at its location or,
 * for a displacement without one, at the place people fled from ({@code place_role} says which).
 * Destinations stay on the same feature as a {@code to} property array of {name, country, lat,
 * lon}: one feature per event keeps feature counts equal to event counts, and map tools can draw
 * flows from it. Events without coordinates are left out and counted in the foreign member
 * {@code omitted_without_coordinates}.
 */
public final class GeoJsonWriter {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final Writer out;

  public GeoJsonWriter(Writer out) {
    this.out = out;
  }

  public void writeAll(Iterable<Event> events) throws IOException {
    JsonFactory factory = MAPPER.getFactory();
    try (JsonGenerator g = factory.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      g.writeStringField("type", "FeatureCollection");
      g.writeArrayFieldStart("features");
      int omitted = 0;
      for (Event e : events) {
        Place at = Flat.mappedPlace(e);
        if (at == null) {
          omitted++;
        } else {
          MAPPER.writeTree(g, feature(e, at));
        }
      }
      g.writeEndArray();
      g.writeNumberField("omitted_without_coordinates", omitted);
      g.writeEndObject();
    }
    out.write('\n');
    out.flush();
  }

  static ObjectNode feature(Event e, Place at) {
    ObjectNode f = JsonWrite.NODES.objectNode();
    f.put("type", "Feature");
    f.put("id", e.id());
    ObjectNode geometry = f.putObject("geometry");
    geometry.put("type", "Point");
    geometry.putArray("coordinates").add(at.lon()).add(at.lat());
    f.set("properties", properties(e, at));
    return f;
  }

  private static ObjectNode properties(Event e, Place at) {
    ObjectNode p = JsonWrite.NODES.objectNode();
    p.put("id", e.id());
    p.put("type", e.type().json());
    p.put("status", e.status().json());
    p.put("date", Flat.date(e));
    p.put("date_precision", Flat.precision(e));
    p.put("actor", Flat.name(e.actor()));
    p.put("actor_kind", Flat.kind(e.actor()));
    p.put("target", Flat.name(e.target()));
    p.put("place", at.name());
    p.put("place_role", at == e.location() ? "location" : "from");
    p.put("country", at.country());
    p.put("admin1", at.admin1());
    p.put("precision", at.precision() == null ? null : at.precision().json());
    putCount(p, "fatalities", e.fatalities());
    putCount(p, "injured", e.injured());
    putCount(p, "displaced", e.displaced());
    p.set("to", destinations(e));
    p.put("article_id", e.article() == null ? null : e.article().id());
    p.put("source", e.article() == null ? null : e.article().source());
    p.put("url", e.article() == null ? null : e.article().url());
    p.put("evidence", Flat.evidence(e));
    return p;
  }

  private static void putCount(ObjectNode p, String field, org.sitrep.model.Quantity q) {
    p.put(field, q == null ? null : q.value());
  }

  private static ArrayNode destinations(Event e) {
    ArrayNode to = JsonWrite.NODES.arrayNode();
    for (Place d : e.to()) {
      ObjectNode n = to.addObject();
      n.put("name", d.name());
      n.put("country", d.country());
      n.put("lat", d.lat());
      n.put("lon", d.lon());
    }
    return to;
  }
}
