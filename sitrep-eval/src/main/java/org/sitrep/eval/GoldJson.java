package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.sitrep.model.ActorKind;
import org.sitrep.model.EventStatus;
import org.sitrep.model.EventType;

/** JSON of one gold line into a {@link GoldEvent}; a missing required field throws IllegalArgumentException. */
final class GoldJson {
  private GoldJson() {}

  static GoldEvent event(JsonNode n) {
    List<String> sentences = new ArrayList<>();
    sentences.add(required(n, "sentence"));
    sentences.addAll(list(n.get("extra_sentences"), JsonNode::asText));
    return new GoldEvent(required(n, "article_id"), n.path("n").asText(""),
        EventType.parse(required(n, "type")), new HashSet<>(list(n.get("alt_types"), t -> EventType.parse(t.asText()))),
        status(required(n, "status")), statuses(n.get("alt_statuses")),
        actor(n.get("actor")), list(n.get("alt_actors"), GoldJson::actor),
        place(n.get("place")), list(n.get("alt_places"), GoldJson::place),
        text(n.get("date")), number(n.get("fatalities")), number(n.get("injured")), number(n.get("displaced")),
        sentences, n.path("optional").asBoolean(false));
  }

  static GoldActor actor(JsonNode n) {
    if (absent(n)) {
      return null;
    }
    return new GoldActor(required(n, "name"), list(n.get("aliases"), JsonNode::asText),
        ActorKind.parse(required(n, "kind")), text(n.get("country")), n.path("generic").asBoolean(false));
  }

  static GoldPlace place(JsonNode n) {
    if (absent(n)) {
      return null;
    }
    return new GoldPlace(required(n, "name"), list(n.get("aliases"), JsonNode::asText), text(n.get("country")));
  }

  private static EventStatus status(String s) {
    return EventStatus.valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
  }

  private static Set<EventStatus> statuses(JsonNode n) {
    return new HashSet<>(list(n, s -> status(s.asText())));
  }

  private static <T> List<T> list(JsonNode n, Function<JsonNode, T> each) {
    List<T> out = new ArrayList<>();
    if (!absent(n)) {
      n.forEach(item -> out.add(each.apply(item)));
    }
    return out;
  }

  private static String required(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (absent(v) || v.asText().isBlank()) {
      throw new IllegalArgumentException("missing " + field);
    }
    return v.asText();
  }

  private static String text(JsonNode n) {
    return absent(n) ? null : n.asText();
  }

  private static Long number(JsonNode n) {
    if (absent(n)) {
      return null;
    }
    if (!n.canConvertToLong()) {
      throw new IllegalArgumentException("not a whole number: " + n);
    }
    return n.asLong();
  }

  private static boolean absent(JsonNode n) {
    return n == null || n.isNull() || n.isMissingNode();
  }
}
