package org.sitrep.geo;

import org.sitrep.model.PlacePrecision;

/** What a gazetteer entry is; fixes the precision of the places it resolves to. */
public enum EntryKind {
  CITY(PlacePrecision.CITY),
  ADMIN2(PlacePrecision.ADMIN2),
  ADMIN1(PlacePrecision.ADMIN1),
  REGION(PlacePrecision.REGION),
  COUNTRY(PlacePrecision.COUNTRY);

  private final PlacePrecision precision;

  EntryKind(PlacePrecision precision) {
    this.precision = precision;
  }

  public PlacePrecision precision() {
    return precision;
  }
}
