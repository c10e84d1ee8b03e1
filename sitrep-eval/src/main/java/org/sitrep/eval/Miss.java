package org.sitrep.eval;

import java.util.List;
import org.sitrep.model.Event;

/**
 * A required gold event no system event was aligned to, with the system events that did cite its
 * sentence (under another type, or already aligned elsewhere): the clue to why it was missed.
 */
public record Miss(GoldEvent gold, List<Event> sameSentence) {
  public Miss {
    sameSentence = List.copyOf(sameSentence);
  }
}
