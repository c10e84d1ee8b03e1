package org.sitrep.export;

import java.util.List;
import org.sitrep.error.Failure;
import org.sitrep.model.Event;
import org.sitrep.model.Relation;

/** What a JSONL file held: its events and relations, and a failure for every line that was not one. */
public record JsonlRecords(List<Event> events, List<Relation> relations, List<Failure> failures) {
  public JsonlRecords {
    events = List.copyOf(events);
    relations = List.copyOf(relations);
    failures = List.copyOf(failures);
  }
}
