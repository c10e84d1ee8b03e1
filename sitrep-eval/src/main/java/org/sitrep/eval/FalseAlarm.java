package org.sitrep.eval;

import java.util.List;
import org.sitrep.model.Event;

/**
 * A system event aligned to no gold event. {@code headline} when its only evidence is the
 * article's title; {@code sameSentence} lists gold events whose sentence it cites (so a wrong type
 * or a duplicate rather than an invented event).
 */
public record FalseAlarm(Event system, boolean headline, List<GoldEvent> sameSentence) {
  public FalseAlarm {
    sameSentence = List.copyOf(sameSentence);
  }
}
