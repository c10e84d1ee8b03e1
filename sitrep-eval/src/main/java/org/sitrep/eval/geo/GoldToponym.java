package org.sitrep.eval.geo;

import org.sitrep.model.Span;

/**
 * One annotated toponym of a geoparsing corpus. {@code nonLocational} marks GeoWebNews uses that
 * are not places (demonyms, "Washington said"): a system need not find them and is not punished
 * for finding them. Coordinates are null where the corpus gives none.
 */
public record GoldToponym(Span span, String name, Double lat, Double lon, String geonameId, boolean nonLocational) {
  public boolean hasCoordinates() {
    return lat != null && lon != null;
  }

  /** Whether a system must find this toponym for full recall. */
  public boolean required() {
    return !nonLocational;
  }
}
