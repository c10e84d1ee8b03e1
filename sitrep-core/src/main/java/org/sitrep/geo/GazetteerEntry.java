package org.sitrep.geo;

import org.sitrep.model.Place;

/**
 * One gazetteer record. {@code geonameId} is 0 for entries that have none (countries, divisions,
 * regions); {@code country} is ISO3 or null for regions spanning several countries; {@code feature}
 * is the GeoNames feature code for cities (PPLC, PPLA, PPL...), else empty.
 */
public record GazetteerEntry(
    EntryKind kind, String name, long geonameId, String country, String admin1,
    float lat, float lon, long population, String feature) {

  public Place toPlace(String text) {
    return new Place(name, text, geonameId == 0 ? null : geonameId, country, admin1,
        degrees(lat), degrees(lon), kind.precision());
  }

  /** Coordinates are stored as floats; print them as the 4 decimals GeoNames gives, not float noise. */
  private static double degrees(float value) {
    return Math.round(value * 1e4) / 1e4;
  }

  public boolean isCapital() {
    return "PPLC".equals(feature);
  }

  /** A town or a county: the local readings that local-news passes compare (not divisions, regions, countries). */
  public boolean isTownOrCounty() {
    return kind == EntryKind.CITY || kind == EntryKind.ADMIN2;
  }

  /** Seat of a first-level division (GeoNames PPLA): Gaza City, Homs; not a county seat. */
  public boolean isFirstLevelSeat() {
    return "PPLA".equals(feature);
  }

  public boolean isDivisionSeat() {
    return feature.startsWith("PPLA");
  }
}
