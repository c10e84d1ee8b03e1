package org.sitrep.model;

import java.util.List;

/**
 * One extracted event, the record behind one line of {@code event.schema.json}. {@code subtype} is
 * the ACLED sub-event type name ("Air/drone strike"), null for types ACLED does not code.
 * {@code actorAssociates} and {@code targetAssociates} are the other actors of the same side
 * ("Russian and Syrian warplanes"): ACLED's associated actors.
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
    String subtype,
    List<Actor> actorAssociates,
    List<Actor> targetAssociates) {
  public Event {
    to = List.copyOf(to);
    evidence = List.copyOf(evidence);
    actorAssociates = actorAssociates == null ? List.of() : List.copyOf(actorAssociates);
    targetAssociates = targetAssociates == null ? List.of() : List.copyOf(targetAssociates);
  }

  /** An event with no associated actors. */
  public Event(String id, EventType type, EventStatus status, Actor actor, Actor target, Place location, EventDate date,
      Quantity fatalities, Quantity injured, Quantity displaced, Place from, List<Place> to, Article article,
      List<Evidence> evidence, double confidence, String cluster, String trigger, String subtype) {
    this(id, type, status, actor, target, location, date, fatalities, injured, displaced, from, to, article, evidence,
        confidence, cluster, trigger, subtype, List.of(), List.of());
  }
}
