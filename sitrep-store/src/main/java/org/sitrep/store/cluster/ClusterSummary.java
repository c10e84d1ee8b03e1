package org.sitrep.store.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sitrep.dedup.EventCluster;
import org.sitrep.dedup.EventPoint;
import org.sitrep.dedup.Reconciled;
import org.sitrep.model.Evidence;

/**
 * The merged view of one cluster: the most reported type, the most precise place, the date range,
 * reconciled counts, distinct sources and every member's evidence (with its article id).
 */
record ClusterSummary(EventCluster cluster, String type, EventPoint place, LocalDate first, LocalDate last) {
  private static final ObjectMapper JSON = new ObjectMapper();

  static ClusterSummary of(EventCluster c) {
    Map<String, Long> types = new LinkedHashMap<>();
    c.members().forEach(m -> types.merge(m.type().json(), 1L, Long::sum));
    String type = types.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    EventPoint place = c.members().stream().filter(m -> m.lat() != null)
        .min(Comparator.comparing(EventPoint::placePrecision)).orElse(c.first());
    List<LocalDate> dates = c.members().stream().map(EventPoint::date).filter(Objects::nonNull).sorted().toList();
    return new ClusterSummary(c, type, place, dates.isEmpty() ? null : dates.get(0), dates.isEmpty() ? null : dates.get(dates.size() - 1));
  }

  /** @param evidenceOf each member event's evidence, by event id */
  ObjectNode json(Map<String, List<Evidence>> evidenceOf) {
    ObjectNode n = JSON.createObjectNode();
    n.put("id", cluster.id());
    n.put("type", type);
    n.put("country", place.country());
    n.put("location", place.location());
    n.put("lat", place.lat());
    n.put("lon", place.lon());
    n.put("first_date", first == null ? null : first.toString());
    n.put("last_date", last == null ? null : last.toString());
    ArrayNode ids = n.putArray("events");
    cluster.members().forEach(m -> ids.add(m.eventId()));
    ArrayNode articles = n.putArray("articles");
    cluster.articles().forEach(articles::add);
    ArrayNode sources = n.putArray("sources");
    cluster.sources().forEach(sources::add);
    count(n, "fatalities", cluster.fatalities());
    count(n, "injured", cluster.injured());
    count(n, "displaced", cluster.displaced());
    ArrayNode evidence = n.putArray("evidence");
    for (EventPoint m : cluster.members()) {
      for (Evidence ev : evidenceOf.getOrDefault(m.eventId(), List.of())) {
        evidence.addObject().put("article", m.articleId()).put("start", ev.start()).put("end", ev.end()).put("text", ev.text());
      }
    }
    return n;
  }

  private static void count(ObjectNode n, String name, Reconciled r) {
    if (r == null) {
      n.putNull(name);
    } else {
      n.putObject(name).put("low", r.low()).put("best", r.best()).put("high", r.high()).put("reports", r.reports());
    }
  }
}
