package org.sitrep.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The values a report template names ({actor}, {place}, {day}, ...), read from one stored event's JSON. */
final class SitrepFacts {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
  private static final DateTimeFormatter DAY_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  private SitrepFacts() {}

  static Map<String, String> of(JsonNode event, SitrepTemplates t) {
    Map<String, String> v = new HashMap<>();
    v.put("actor", orElse(name(event.path("actor")), t.text("unknown.actor")));
    v.put("target", name(event.path("target")));
    v.put("place", orElse(name(event.path("location")), t.text("unknown.place")));
    v.put("from", name(event.path("from")));
    v.put("to", names(event.path("to")));
    v.put("day", orElse(day(event.path("date").path("value").asText("")), t.text("unknown.day")));
    v.put("killed", positive(event.path("fatalities").path("value").asLong(0)));
    v.put("displaced", positive(event.path("displaced").path("value").asLong(0)));
    return v;
  }

  /** An actor's or place's canonical name, else the words the article used, else "". */
  static String name(JsonNode thing) {
    String name = thing.path("name").asText("");
    return name.isBlank() ? thing.path("text").asText("") : name;
  }

  static String names(JsonNode places) {
    List<String> out = new ArrayList<>();
    places.forEach(p -> out.add(name(p)));
    out.removeIf(String::isBlank);
    return String.join(", ", out);
  }

  /** "5 Dec" for a day, the value as written for a month or year; "" when there is none. */
  static String day(String value) {
    try {
      return value.length() == 10 ? LocalDate.parse(value).format(DAY) : value;
    } catch (DateTimeParseException e) {
      return value;
    }
  }

  static String longDay(LocalDate day) {
    return day == null ? "" : day.format(DAY_YEAR);
  }

  static long killed(JsonNode event) {
    return Math.max(0, event.path("fatalities").path("value").asLong(0));
  }

  static long displaced(JsonNode event) {
    return Math.max(0, event.path("displaced").path("value").asLong(0));
  }

  static String positive(long n) {
    return n > 0 ? Long.toString(n) : "";
  }

  private static String orElse(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }
}
