package org.sitrep.eval.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;

/** A record of negatives.jsonl: a text with conflict words that reports no conflict event. */
public record NegativeCase(String id, String text, LocalDate published, String domain) implements EvalCase {
  /** Reads one JSONL record; throws IllegalArgumentException or DateTimeParseException on a bad one. */
  public static NegativeCase parse(JsonNode n) {
    String domain = CaseJson.text(n, "domain");
    return new NegativeCase(CaseJson.required(n, "id"), CaseJson.required(n, "text"), CaseJson.date(n, "published"),
        domain == null ? "unknown" : domain);
  }
}
