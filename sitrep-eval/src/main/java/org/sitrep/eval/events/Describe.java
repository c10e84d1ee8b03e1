package org.sitrep.eval.events;

import org.sitrep.model.Event;

/** One-cell summaries of system events for the error listings. */
final class Describe {
  private Describe() {}

  static String event(Event e) {
    StringBuilder s = new StringBuilder(e.type() == null ? "?" : e.type().json());
    s.append('/').append(e.status() == null ? "?" : e.status().json());
    if (e.actor() != null) {
      s.append(" actor=").append(e.actor().name());
    }
    if (e.location() != null) {
      s.append(" at ").append(e.location().name());
    }
    if (e.trigger() != null) {
      s.append(" \"").append(e.trigger()).append('"');
    }
    return s.toString();
  }
}
