package org.sitrep.model;

/**
 * A resolved place: GeoNames name and id, ISO 3166-1 alpha-3 country, first-level division name,
 * coordinates and precision. {@code text} is the words in the article.
 */
public record Place(String name, String text, Long geonameId, String country, String admin1, Double lat, Double lon, PlacePrecision precision) {
  public Place withText(String newText) {
    return new Place(name, newText, geonameId, country, admin1, lat, lon, precision);
  }
}
