package org.sitrep.control;

import java.util.Locale;
import org.sitrep.model.EventType;

/** One row of control-triggers.tsv: a trigger stem of an event type, its label and its effect. */
record ControlRule(EventType type, String stem, String how, Effect effect) {
  static final String ANY = "*";

  /** Whether a trigger as written ("withdrew", "pulled out") is this rule's. */
  boolean matches(EventType eventType, String trigger) {
    if (eventType != type) {
      return false;
    }
    if (stem.equals(ANY)) {
      return true;
    }
    if (trigger == null) {
      return false;
    }
    for (String word : trigger.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (word.startsWith(stem)) {
        return true;
      }
    }
    return false;
  }
}
