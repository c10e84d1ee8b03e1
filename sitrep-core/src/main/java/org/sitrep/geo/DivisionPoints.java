package org.sitrep.geo;

import java.util.HashMap;
import java.util.Map;

/**
 * Checks each first-level division's point against the GeoNames places inside it (every place with
 * that country and admin1 code). country-state-city, where the division points come from, puts some
 * divisions on another continent (Helmand at Baltimore, Free State at Wichita: geocoder mix-ups of
 * the name); such a point is replaced by the mean position of the division's places. A point near
 * its places is kept: for large, unevenly settled divisions (Alberta, Queensland) the mean of the
 * places lies further from GeoNames' own division point than country-state-city's centroid does
 * (measured in EVALUATION.md, geoparsing round 5).
 */
final class DivisionPoints {
  /**
   * How far (degrees, about 110 km) a division's point may lie outside the box of its places before
   * it counts as wrong: small divisions have one or two places, so their box is nearly a point.
   */
  static final float BOX_MARGIN_DEGREES = 1f;

  /** Running sums and bounding box of one division's places. */
  private static final class Places {
    double latSum;
    double lonSum;
    int count;
    float minLat = Float.MAX_VALUE;
    float maxLat = -Float.MAX_VALUE;
    float minLon = Float.MAX_VALUE;
    float maxLon = -Float.MAX_VALUE;

    void add(float lat, float lon) {
      latSum += lat;
      lonSum += lon;
      count++;
      minLat = Math.min(minLat, lat);
      maxLat = Math.max(maxLat, lat);
      minLon = Math.min(minLon, lon);
      maxLon = Math.max(maxLon, lon);
    }

    boolean near(float lat, float lon) {
      return lat >= minLat - BOX_MARGIN_DEGREES && lat <= maxLat + BOX_MARGIN_DEGREES
          && lon >= minLon - BOX_MARGIN_DEGREES && lon <= maxLon + BOX_MARGIN_DEGREES;
    }

    float[] mean() {
      return new float[] {(float) (latSum / count), (float) (lonSum / count)};
    }
  }

  private final Map<String, Places> divisions = new HashMap<>();

  /** Counts one place towards the division {@code key} (any stable key, e.g. "CAN.Alberta"). */
  void add(String key, GazetteerEntry place) {
    divisions.computeIfAbsent(key, k -> new Places()).add(place.lat(), place.lon());
  }

  /**
   * The point to use for division {@code key}, given the point another source has for it as
   * {lat, lon}: that point when it lies near the box of the division's places (or no place was
   * counted), else the mean position of the places. A division that spans the antimeridian has a
   * box of nearly all longitudes, so its given point is always kept (the mean would be wrong there).
   */
  float[] checked(String key, float lat, float lon) {
    Places places = divisions.get(key);
    return places == null || places.near(lat, lon) ? new float[] {lat, lon} : places.mean();
  }
}
