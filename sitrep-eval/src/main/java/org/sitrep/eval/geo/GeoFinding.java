package org.sitrep.eval.geo;

/**
 * One error for the listing: a gold toponym the system MISSED, a FALSE toponym the system found,
 * or a toponym placed FAR (more than 161 km) from its gold coordinates. {@code detail} says more
 * (the resolution and its error in km, the gold name).
 */
public record GeoFinding(Kind kind, String documentId, int start, String text, String detail) {
  public enum Kind { MISSED, FALSE, FAR }

  public String tsv() {
    return kind + "\t" + documentId + "\t" + start + "\t" + text.replaceAll("\\s+", " ") + "\t" + detail;
  }
}
