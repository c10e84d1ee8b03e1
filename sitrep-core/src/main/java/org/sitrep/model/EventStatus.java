package org.sitrep.model;

import java.util.Locale;

/** Event statuses of the schema. Consumers count only OCCURRED, ONGOING and CLAIMED. */
public enum EventStatus {
  OCCURRED, ONGOING, CLAIMED, PLANNED, THREATENED, DENIED, SPECULATIVE;

  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }
}
