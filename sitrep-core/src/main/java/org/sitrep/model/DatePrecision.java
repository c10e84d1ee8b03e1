package org.sitrep.model;

import java.util.Locale;

public enum DatePrecision {
  DAY, WEEK, MONTH, YEAR, UNKNOWN;

  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }
}
