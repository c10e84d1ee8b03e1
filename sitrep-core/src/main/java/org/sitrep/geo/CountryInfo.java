package org.sitrep.geo;

/** A country's ISO codes, common name, centroid and bounding box (degrees). */
public record CountryInfo(
    String iso2, String iso3, String name, float lat, float lon,
    float minLat, float minLon, float maxLat, float maxLon) {}
