package org.sitrep.eval.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;

/** A UCDP GED event: its source headline is the text, date_start the publication date. */
public record UcdpCase(String id, String text, LocalDate published, String whereDescription, Double lat, Double lon,
    Long deathsBest, String sideA, String sideB) implements EvalCase {
  /** Reads one JSONL record; throws IllegalArgumentException or DateTimeParseException on a bad one. */
  public static UcdpCase parse(JsonNode n) {
    return new UcdpCase(CaseJson.required(n, "id"), CaseJson.required(n, "source_headline"),
        CaseJson.date(n, "date_start"), CaseJson.text(n, "where_description"), CaseJson.decimal(n, "lat"),
        CaseJson.decimal(n, "lon"), CaseJson.number(n, "deaths_best"), CaseJson.text(n, "side_a"),
        CaseJson.text(n, "side_b"));
  }
}
