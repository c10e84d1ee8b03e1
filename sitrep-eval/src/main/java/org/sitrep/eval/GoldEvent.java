package org.sitrep.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.model.EventStatus;
import org.sitrep.model.EventType;

/**
 * One hand-coded expected event (a row of examples/EXPECTED.md). {@code sentences} holds the main
 * sentence first, then any further sentences the row cites. The {@code alt*} fields hold readings
 * the row calls equally defensible. Optional events (background rows) are neither required nor
 * counted against a system that finds them.
 */
public record GoldEvent(
    String articleId,
    String label,
    EventType type,
    Set<EventType> altTypes,
    EventStatus status,
    Set<EventStatus> altStatuses,
    GoldActor actor,
    List<GoldActor> altActors,
    GoldPlace place,
    List<GoldPlace> altPlaces,
    String date,
    Long fatalities,
    Long injured,
    Long displaced,
    List<String> sentences,
    boolean optional) {
  public GoldEvent {
    altTypes = Set.copyOf(altTypes);
    altStatuses = Set.copyOf(altStatuses);
    altActors = List.copyOf(altActors);
    altPlaces = List.copyOf(altPlaces);
    sentences = List.copyOf(sentences);
  }

  public boolean allowsType(EventType t) {
    return type == t || altTypes.contains(t);
  }

  public boolean allowsStatus(EventStatus s) {
    return status == s || altStatuses.contains(s);
  }

  /** The coded actor first, then the alternatives; empty when the row names no actor. */
  public List<GoldActor> actors() {
    return actor == null ? List.of() : prepend(actor, altActors);
  }

  public List<GoldPlace> places() {
    return place == null ? List.of() : prepend(place, altPlaces);
  }

  private static <T> List<T> prepend(T first, List<T> rest) {
    List<T> all = new ArrayList<>(rest.size() + 1);
    all.add(first);
    all.addAll(rest);
    return all;
  }
}
