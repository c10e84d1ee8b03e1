package org.sitrep.eval.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;

/** A record of displacement.jsonl: the stated figure of the main displacement, its origin and destinations. */
public record DisplacementCase(String id, String text, LocalDate published, String setting, Long displaced,
    NamedPlace from, List<NamedPlace> to) implements EvalCase {
  public DisplacementCase {
    to = List.copyOf(to);
  }

  /** Reads one JSONL record; throws IllegalArgumentException or DateTimeParseException on a bad one. */
  public static DisplacementCase parse(JsonNode n) {
    return new DisplacementCase(CaseJson.required(n, "id"), CaseJson.required(n, "text"),
        CaseJson.date(n, "published"), CaseJson.text(n, "setting"), CaseJson.number(n, "displaced"),
        CaseJson.place(n.get("from")), CaseJson.places(n.get("to")));
  }
}
