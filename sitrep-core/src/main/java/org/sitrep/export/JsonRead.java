package org.sitrep.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Article;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventStatus;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Place;
import org.sitrep.model.PlacePrecision;
import org.sitrep.model.Quantity;
import org.sitrep.model.Relation;
import org.sitrep.model.RelationType;

/**
 * JSON back into records. A malformed record throws IllegalArgumentException (or another runtime
 * exception), which {@link EventJson#read} turns into a failure for that line. The article comes
 * back without text and origin, which JSON does not carry.
 */
final class JsonRead {
  private JsonRead() {}

  static Event event(JsonNode n) {
    return new Event(required(n, "id"), EventType.parse(required(n, "type")),
        EventStatus.valueOf(upper(required(n, "status"))), actor(n.get("actor")), actor(n.get("target")),
        place(n.get("location")), date(n.get("date")), quantity(n.get("fatalities")),
        quantity(n.get("injured")), quantity(n.get("displaced")), place(n.get("from")), places(n.get("to")),
        article(n.get("article")), evidence(n.get("evidence")), n.path("confidence").asDouble(0),
        text(n, "cluster"), text(n, "trigger"), text(n.path("acled"), "sub_event_type"),
        actors(n.get("actor_associates")), actors(n.get("target_associates")));
  }

  static Relation relation(JsonNode n) {
    return new Relation(required(n, "id"), RelationType.parse(required(n, "relation")),
        actor(n.get("subject")), actor(n.get("object")), n.path("former").asBoolean(false), article(n.get("article")),
        evidence(n.get("evidence")));
  }

  static Actor actor(JsonNode n) {
    if (absent(n)) {
      return null;
    }
    return new Actor(required(n, "name"), text(n, "id"), text(n, "text"),
        ActorKind.parse(required(n, "kind")), text(n, "country"));
  }

  static Place place(JsonNode n) {
    if (absent(n)) {
      return null;
    }
    Long id = absent(n.get("geonameid")) ? null : n.get("geonameid").asLong();
    return new Place(required(n, "name"), text(n, "text"), id, text(n, "country"), text(n, "admin1"),
        decimal(n, "lat"), decimal(n, "lon"), PlacePrecision.valueOf(upper(required(n, "precision"))));
  }

  static Quantity quantity(JsonNode n) {
    if (absent(n)) {
      return null;
    }
    if (!n.path("value").canConvertToLong() || !n.path("exact").isBoolean()) {
      throw new IllegalArgumentException("quantity needs an integer value and a boolean exact");
    }
    return new Quantity(n.get("value").asLong(), n.get("exact").asBoolean(), whole(n, "low"), whole(n, "high"), text(n, "text"));
  }

  static EventDate date(JsonNode n) {
    if (absent(n)) {
      return new EventDate(null, DatePrecision.UNKNOWN, null);
    }
    return new EventDate(text(n, "value"), DatePrecision.valueOf(upper(required(n, "precision"))), text(n, "text"));
  }

  static Article article(JsonNode n) {
    if (absent(n)) {
      throw new IllegalArgumentException("no article");
    }
    String published = text(n, "published");
    return new Article(required(n, "id"), text(n, "url"), text(n, "title"),
        published == null ? null : LocalDate.parse(published), text(n, "source"), null, null);
  }

  static List<Evidence> evidence(JsonNode n) {
    List<Evidence> list = new ArrayList<>();
    if (n != null && n.isArray()) {
      for (JsonNode e : n) {
        list.add(new Evidence(required(e, "article_id"), e.path("start").asInt(), e.path("end").asInt(), required(e, "text")));
      }
    }
    return list;
  }

  private static List<Place> places(JsonNode n) {
    List<Place> list = new ArrayList<>();
    if (n != null && n.isArray()) {
      n.forEach(p -> list.add(place(p)));
    }
    return list;
  }

  private static List<Actor> actors(JsonNode n) {
    List<Actor> list = new ArrayList<>();
    if (n != null && n.isArray()) {
      n.forEach(a -> list.add(actor(a)));
    }
    return list;
  }

  private static boolean absent(JsonNode n) {
    return n == null || n.isNull() || n.isMissingNode();
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return absent(v) ? null : v.asText();
  }

  private static String required(JsonNode n, String field) {
    String value = text(n, field);
    if (value == null) {
      throw new IllegalArgumentException("missing " + field);
    }
    return value;
  }

  private static Double decimal(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return absent(v) ? null : v.asDouble();
  }

  private static Long whole(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return absent(v) ? null : v.asLong();
  }

  private static String upper(String s) {
    return s.trim().toUpperCase(Locale.ROOT);
  }
}
