package org.sitrep.eval.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;

/** A record of subtypes.jsonl: a short wire text and its ACLED coding. */
public record SubtypeCase(String id, String text, LocalDate published, String eventType, String subEventType,
    String type, String actor, String target, NamedPlace place, Long fatalities, Long injured) implements EvalCase {
  /** The gold label: the ACLED sub-type, or {@link TopEvent#NONE} when the record has none. */
  public String label() {
    return subEventType == null || subEventType.isBlank() ? TopEvent.NONE : subEventType;
  }

  /** Reads one JSONL record; throws IllegalArgumentException or DateTimeParseException on a bad one. */
  public static SubtypeCase parse(JsonNode n) {
    return new SubtypeCase(CaseJson.required(n, "id"), CaseJson.required(n, "text"), CaseJson.date(n, "published"),
        CaseJson.text(n, "event_type"), CaseJson.text(n, "sub_event_type"), CaseJson.text(n, "type"),
        CaseJson.text(n, "actor"), CaseJson.text(n, "target"), CaseJson.place(n.get("place")),
        CaseJson.number(n, "fatalities"), CaseJson.number(n, "injured"));
  }
}
