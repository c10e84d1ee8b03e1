package org.sitrep.model;

import java.util.Locale;

/** Event statuses of the schema. Consumers count only OCCURRED, ONGOING and CLAIMED. */
public enum EventStatus {
  OCCURRED, ONGOING, CLAIMED, PLANNED, THREATENED, DENIED, SPECULATIVE;

  /** Whether consumers count an event of this status: occurred, ongoing or claimed. */
  public boolean counted() {
    return this == OCCURRED || this == ONGOING || this == CLAIMED;
  }

  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }
}
