package org.sitrep.eval.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Field readers of the eval-set records; a missing text or a bad date throws, and {@link CaseReader} reports it. */
final class CaseJson {
  private CaseJson() {}

  static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() || !v.isValueNode() ? null : v.asText();
  }

  static String required(JsonNode n, String field) {
    String v = text(n, field);
    if (v == null || v.isBlank()) {
      throw new IllegalArgumentException("no \"" + field + "\"");
    }
    return v;
  }

  static Long number(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || !v.canConvertToLong() ? null : v.asLong();
  }

  static Double decimal(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || !v.isNumber() ? null : v.asDouble();
  }

  static LocalDate date(JsonNode n, String field) {
    String v = text(n, field);
    return v == null || v.isBlank() ? null : LocalDate.parse(v.strip());
  }

  static NamedPlace place(JsonNode n) {
    if (n == null || !n.isObject() || text(n, "name") == null) {
      return null;
    }
    return new NamedPlace(text(n, "name"), text(n, "country"), number(n, "geonameid"));
  }

  static List<NamedPlace> places(JsonNode n) {
    List<NamedPlace> all = new ArrayList<>();
    if (n != null && n.isArray()) {
      n.forEach(p -> {
        NamedPlace place = place(p);
        if (place != null) {
          all.add(place);
        }
      });
    }
    return all;
  }
}
