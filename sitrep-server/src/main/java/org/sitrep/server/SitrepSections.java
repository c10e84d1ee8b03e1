package org.sitrep.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.control.ControlChange;
import org.sitrep.model.Actor;

/** The report's later paragraphs: displacement flows, control changes, who backs whom. */
final class SitrepSections {
  static final int RELATIONS = 6;
  private final SitrepTemplates t;

  SitrepSections(SitrepTemplates templates) {
    this.t = templates;
  }

  /** Displacement events folded into from→to pairs (as /api/flows), the largest first. */
  SitrepCitations flows(List<JsonNode> events, int[] counter) {
    Map<String, List<JsonNode>> pairs = new LinkedHashMap<>();
    for (JsonNode e : events) {
      if ("displacement".equals(e.path("type").asText())) {
        String key = SitrepFacts.name(e.path("from")) + "\u0000" + SitrepFacts.names(e.path("to"));
        pairs.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
      }
    }
    SitrepCitations p = new SitrepCitations(counter);
    pairs.values().stream()
        .sorted(Comparator.comparingLong((List<JsonNode> l) -> l.stream().mapToLong(SitrepFacts::displaced).sum()).reversed())
        .limit(SitrepReport.TOP_FLOWS)
        .forEach(group -> p.sentence(flowSentence(group), group.subList(0, Math.min(3, group.size()))));
    return p;
  }

  private String flowSentence(List<JsonNode> group) {
    long displaced = group.stream().mapToLong(SitrepFacts::displaced).sum();
    if (displaced == 0) {
      return "";
    }
    Map<String, String> v = new HashMap<>(SitrepFacts.of(group.get(0), t));
    v.put("displaced", Long.toString(displaced));
    v.put("events", Integer.toString(group.size()));
    return t.fill("flow", v);
  }

  /** Counted control changes of the asked place, in date order (ControlTimeline's order). */
  SitrepCitations control(String place, List<ControlChange> changes, int[] counter) {
    SitrepCitations p = new SitrepCitations(counter);
    for (ControlChange c : changes) {
      if (!c.counted()) {
        continue;
      }
      Map<String, String> v = new HashMap<>();
      v.put("day", c.date() == null || c.date().value() == null ? t.text("unknown.day") : SitrepFacts.day(c.date().value()));
      v.put("gainer", actorName(c.gainer()));
      v.put("loser", actorName(c.loser()));
      v.put("place", place);
      String key = c.gainer() != null ? "control.gain" : c.loser() != null ? "control.loss" : "";
      p.sentence(key.isEmpty() ? "" : t.fill(key, v), c.eventId(), null, c.articleId(), c.evidence());
    }
    return p;
  }

  /** Current (not former) ties the templates know, each told once, from the stored relations. */
  SitrepCitations relations(List<JsonNode> relations, int[] counter) {
    SitrepCitations p = new SitrepCitations(counter);
    Set<String> told = new LinkedHashSet<>();
    for (JsonNode r : relations) {
      String key = "relation." + r.path("relation").asText();
      Map<String, String> v = Map.of("subject", SitrepFacts.name(r.path("subject")), "object", SitrepFacts.name(r.path("object")));
      String sentence = t.fill(key, v);
      if (r.path("former").asBoolean(false) || !t.has(key) || v.containsValue("") || told.size() >= RELATIONS
          || !told.add(sentence)) {
        continue;
      }
      JsonNode ev = r.path("evidence").path(0);
      p.sentence(sentence, null, r.path("id").asText(null), r.path("article").path("id").asText(null),
          ev.isObject() ? new org.sitrep.model.Evidence(ev.path("article_id").asText(null), ev.path("start").asInt(),
              ev.path("end").asInt(), ev.path("text").asText("")) : null);
    }
    return p;
  }

  private static String actorName(Actor a) {
    if (a == null) {
      return "";
    }
    return a.name() != null && !a.name().isBlank() ? a.name() : a.text() == null ? "" : a.text();
  }
}
