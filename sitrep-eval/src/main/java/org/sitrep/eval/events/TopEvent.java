package org.sitrep.eval.events;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.sitrep.model.Event;

/**
 * Which system event stands for a record: the most confident COUNTED one (status occurred, ongoing
 * or claimed: what the schema tells consumers to count), ties going to the earlier in output order.
 */
public final class TopEvent {
  /** The label when no counted event qualifies. */
  public static final String NONE = "none";

  private TopEvent() {}

  public static boolean counted(Event e) {
    return e.status() != null && e.status().counted();
  }

  public static Optional<Event> of(List<Event> events) {
    return of(events, e -> true);
  }

  /** The top counted event among those that also pass {@code also}. */
  public static Optional<Event> of(List<Event> events, Predicate<Event> also) {
    Event best = null;
    for (Event e : events) {
      if (counted(e) && also.test(e) && (best == null || e.confidence() > best.confidence())) {
        best = e;
      }
    }
    return Optional.ofNullable(best);
  }

  public static List<Event> counted(List<Event> events) {
    return events.stream().filter(TopEvent::counted).toList();
  }
}
