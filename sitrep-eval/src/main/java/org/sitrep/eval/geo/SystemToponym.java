package org.sitrep.eval.geo;

import org.sitrep.model.Span;

/**
 * A toponym a geoparser found: its span in the record's text, what it resolved it to (a label for
 * error listings, may be null) and where it put it (null coordinates: nowhere).
 */
public record SystemToponym(Span span, String resolvedAs, Double lat, Double lon) {
  public boolean hasCoordinates() {
    return lat != null && lon != null;
  }
}
