package org.sitrep.model;

import java.util.Locale;

/** Place precisions of the event schema, finest first. */
public enum PlacePrecision {
  POINT, CITY, ADMIN2, ADMIN1, REGION, COUNTRY, UNKNOWN;

  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }
}
