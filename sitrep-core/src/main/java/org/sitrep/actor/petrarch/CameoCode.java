package org.sitrep.actor.petrarch;

import org.sitrep.actor.DateRange;

/** A CAMEO actor code ("SYRGOV", "IMGMOSALQ") and the dates it applies ({@link DateRange#ALWAYS} for a default). */
public record CameoCode(String code, DateRange dates) {
  public boolean isDefault() {
    return dates.from() == null && dates.to() == null;
  }
}
