package org.sitrep.model;

import java.util.List;

/**
 * One extracted event, the record behind one line of {@code event.schema.json}. {@code subtype} is
 * the ACLED sub-event type name ("Air/drone strike"), null for types ACLED does not code.
 */
public record Event(
    String id,
    EventType type,
    EventStatus status,
    Actor actor,
    Actor target,
    Place location,
    EventDate date,
    Quantity fatalities,
    Quantity injured,
    Quantity displaced,
    Place from,
    List<Place> to,
    Article article,
    List<Evidence> evidence,
    double confidence,
    String cluster,
    String trigger,
    String subtype) {
  public Event {
    to = List.copyOf(to);
    evidence = List.copyOf(evidence);
  }
}
