package org.sitrep.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Article;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;
import org.sitrep.model.Evidence;
import org.sitrep.model.Place;
import org.sitrep.model.PlacePrecision;
import org.sitrep.model.Quantity;

/** The JSON shapes of the schema's parts ({@code $defs}); keys in schema order. */
final class JsonWrite {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonWrite() {}

  static ObjectNode actor(Actor a) {
    ObjectNode n = NODES.objectNode();
    n.put("name", a.name() == null ? "" : a.name());
    n.put("id", a.id());
    n.put("text", a.text());
    n.put("kind", (a.kind() == null ? ActorKind.UNKNOWN : a.kind()).json());
    n.put("country", a.country());
    return n;
  }

  static ObjectNode place(Place p) {
    ObjectNode n = NODES.objectNode();
    n.put("name", p.name() == null ? "" : p.name());
    n.put("text", p.text());
    n.put("geonameid", p.geonameId());
    n.put("country", p.country());
    n.put("admin1", p.admin1());
    n.put("lat", p.lat());
    n.put("lon", p.lon());
    n.put("precision", (p.precision() == null ? PlacePrecision.UNKNOWN : p.precision()).json());
    return n;
  }

  static ObjectNode quantity(Quantity q) {
    ObjectNode n = NODES.objectNode();
    n.put("value", q.value());
    n.put("exact", q.exact());
    n.put("low", q.low());
    n.put("high", q.high());
    n.put("text", q.text());
    return n;
  }

  static ObjectNode date(EventDate d) {
    ObjectNode n = NODES.objectNode();
    n.put("value", d == null ? null : d.value());
    n.put("precision", (d == null || d.precision() == null ? DatePrecision.UNKNOWN : d.precision()).json());
    n.put("text", d == null ? null : d.text());
    return n;
  }

  static ObjectNode article(Article a) {
    ObjectNode n = NODES.objectNode();
    n.put("id", a == null || a.id() == null ? "" : a.id());
    n.put("url", a == null ? null : a.url());
    n.put("title", a == null ? null : a.title());
    n.put("published", a == null || a.published() == null ? null : a.published().toString());
    n.put("source", a == null ? null : a.source());
    return n;
  }

  static ArrayNode evidence(List<Evidence> evidence) {
    ArrayNode list = NODES.arrayNode();
    for (Evidence e : evidence) {
      ObjectNode n = list.addObject();
      n.put("article_id", e.articleId());
      n.put("start", e.start());
      n.put("end", e.end());
      n.put("text", e.text());
    }
    return list;
  }
}
