package org.sitrep.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.model.Evidence;

/**
 * One paragraph of the situation report being written: sentences, each followed by the numbers of
 * the evidence it rests on ("[3]"). Numbers run through the whole report, so the counter is shared.
 */
final class SitrepCitations {
  private final int[] counter;
  private final StringBuilder text = new StringBuilder();
  private final ArrayNode citations = Json.array();

  SitrepCitations(int[] counter) {
    this.counter = counter;
  }

  /** Adds a sentence citing the given stored events (their first evidence span); a blank sentence is dropped. */
  void sentence(String sentence, Iterable<JsonNode> events) {
    if (sentence.isBlank()) {
      return;
    }
    StringBuilder marks = new StringBuilder();
    for (JsonNode event : events) {
      JsonNode evidence = event.path("evidence").path(0);
      if (evidence.isObject()) {
        marks.append(cite(event.path("id").asText(null), null, event.path("article").path("id").asText(null),
            evidence.path("start").asInt(), evidence.path("end").asInt(), evidence.path("text").asText("")));
      }
    }
    append(sentence, marks);
  }

  /** A sentence resting on one evidence span (a control change, a relation). */
  void sentence(String sentence, String eventId, String relationId, String articleId, Evidence evidence) {
    if (sentence.isBlank()) {
      return;
    }
    String mark = evidence == null ? ""
        : cite(eventId, relationId, articleId, evidence.start(), evidence.end(), evidence.text());
    append(sentence, new StringBuilder(mark));
  }

  boolean isEmpty() {
    return text.length() == 0;
  }

  ObjectNode paragraph(String section, String heading) {
    ObjectNode p = Json.object().put("section", section).put("heading", heading).put("text", text.toString());
    p.set("citations", citations);
    return p;
  }

  private void append(String sentence, StringBuilder marks) {
    String body = sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
    text.append(text.length() == 0 ? "" : " ").append(body).append(marks.isEmpty() ? "" : " ").append(marks).append('.');
  }

  private String cite(String eventId, String relationId, String articleId, int start, int end, String sentence) {
    int n = ++counter[0];
    ObjectNode c = citations.addObject().put("n", n).put("event_id", eventId);
    if (relationId != null) {
      c.put("relation_id", relationId);
    }
    c.put("article_id", articleId).put("start", start).put("end", end).put("sentence", sentence);
    return "[" + n + "]";
  }
}
