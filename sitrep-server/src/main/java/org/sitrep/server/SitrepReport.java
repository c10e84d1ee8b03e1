package org.sitrep.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.control.ControlChange;

/**
 * The situation report: a readable summary of the stored events of one area and window, every
 * sentence citing the evidence it rests on. Overview (counts by type, killed and displaced totals),
 * the main events in date order, displacement flows, control changes, who backs whom.
 */
final class SitrepReport {
  /** How many events the "main events" paragraph tells: the report is a summary, not the list. */
  static final int MAIN_EVENTS = 8;
  static final int TOP_FLOWS = 5;

  /** What was asked: the area's label, the window (either end may be null). */
  record Window(String area, LocalDate since, LocalDate until) {}

  private final SitrepTemplates t;

  SitrepReport(SitrepTemplates templates) {
    this.t = templates;
  }

  ObjectNode build(Window window, List<JsonNode> events, List<ControlChange> changes, List<JsonNode> relations) {
    int[] counter = {0};
    ObjectNode report = Json.object();
    report.put("title", t.fill("title", windowValues(window)));
    ObjectNode w = report.putObject("window").put("area", window.area());
    w.put("since", window.since() == null ? null : window.since().toString());
    w.put("until", window.until() == null ? null : window.until().toString());
    report.put("events", events.size());
    ArrayNode paragraphs = report.putArray("paragraphs");
    add(paragraphs, "overview", overview(window, events, counter));
    add(paragraphs, "main", mainEvents(events, counter));
    add(paragraphs, "flows", new SitrepSections(t).flows(events, counter));
    add(paragraphs, "control", new SitrepSections(t).control(window.area(), changes, counter));
    add(paragraphs, "relations", new SitrepSections(t).relations(relations, counter));
    return report;
  }

  private void add(ArrayNode paragraphs, String section, SitrepCitations paragraph) {
    if (!paragraph.isEmpty()) {
      paragraphs.add(paragraph.paragraph(section, t.text("heading." + section)));
    }
  }

  private Map<String, String> windowValues(Window window) {
    return Map.of("area", window.area(), "since", SitrepFacts.longDay(window.since()),
        "until", SitrepFacts.longDay(window.until()));
  }

  private SitrepCitations overview(Window window, List<JsonNode> events, int[] counter) {
    SitrepCitations p = new SitrepCitations(counter);
    if (events.isEmpty()) {
      p.sentence(t.fill("overview.empty", windowValues(window)), List.of());
      return p;
    }
    List<String> days = events.stream().map(e -> e.path("date").path("value").asText("")).filter(d -> !d.isBlank())
        .sorted().toList();
    String first = days.isEmpty() ? t.text("unknown.day") : SitrepFacts.day(days.get(0));
    String last = days.isEmpty() ? t.text("unknown.day") : SitrepFacts.day(days.get(days.size() - 1));
    p.sentence(t.fill("overview", Map.of("total", Integer.toString(events.size()), "area", window.area(),
        "first", first, "last", last, "counts", counts(events))), List.of());
    long killed = events.stream().mapToLong(SitrepFacts::killed).sum();
    long displaced = events.stream().mapToLong(SitrepFacts::displaced).sum();
    List<JsonNode> counted = byWeight(events).stream().filter(e -> weight(e) > 0).limit(3).toList();
    p.sentence(t.fill("totals", Map.of("killed", Long.toString(killed), "displaced", Long.toString(displaced))), counted);
    return p;
  }

  private String counts(List<JsonNode> events) {
    Map<String, Integer> byType = new TreeMap<>();
    events.forEach(e -> byType.merge(e.path("type").asText("other"), 1, Integer::sum));
    List<String> parts = new ArrayList<>();
    byType.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .forEach(en -> parts.add(t.fill("count", Map.of("n", en.getValue().toString(),
            "type", en.getKey().replace('_', ' ')))));
    return String.join(", ", parts);
  }

  /** The heaviest events (most killed and displaced, ties in stored order), then told in date order. */
  private SitrepCitations mainEvents(List<JsonNode> events, int[] counter) {
    SitrepCitations p = new SitrepCitations(counter);
    List<JsonNode> main = new ArrayList<>(byWeight(events).subList(0, Math.min(MAIN_EVENTS, events.size())));
    main.sort(Comparator.comparing(e -> e.path("date").path("value").asText("~")));
    for (JsonNode event : main) {
      Map<String, String> values = SitrepFacts.of(event, t);
      String type = "event." + event.path("type").asText("other");
      String what = t.fill(t.has(type) ? type : "event.other", values);
      values.put("what", what);
      p.sentence(t.fill("main", values), List.of(event));
    }
    return p;
  }

  private static List<JsonNode> byWeight(List<JsonNode> events) {
    List<JsonNode> sorted = new ArrayList<>(events);
    sorted.sort(Comparator.comparingLong(SitrepReport::weight).reversed());
    return sorted;
  }

  private static long weight(JsonNode event) {
    return SitrepFacts.killed(event) + SitrepFacts.displaced(event);
  }
}
