package org.sitrep.geo;

import java.util.HashMap;
import java.util.Map;

/**
 * Checks each first-level division's point against its country. country-state-city, where the
 * division points come from, puts some divisions on another continent (Helmand at Baltimore, Free
 * State at Wichita: geocoder mix-ups of the name); such a point is replaced by the mean position of
 * the division's GeoNames places (every place with that country and admin1 code). A point inside its
 * country is kept, for two reasons measured in EVALUATION.md (geoparsing round 5): for large,
 * unevenly settled divisions (Alberta, Queensland) the mean of the places lies further from GeoNames'
 * own division point than country-state-city's centroid does; and where a GeoNames admin1 code was
 * matched to a neighbouring division's name, the places belong to the neighbour (North Darfur's
 * point would move into South Darfur).
 */
final class DivisionPoints {
  /** How far (degrees, about 110 km) outside its country's box a division's point may lie. */
  static final float COUNTRY_MARGIN_DEGREES = 1f;

  /** Running sums of one division's places. */
  private static final class Places {
    double latSum;
    double lonSum;
    int count;
  }

  private final Map<String, Places> divisions = new HashMap<>();

  /** Counts one place towards the division {@code key} (any stable key, e.g. "CAN.Alberta"). */
  void add(String key, GazetteerEntry place) {
    Places p = divisions.computeIfAbsent(key, k -> new Places());
    p.latSum += place.lat();
    p.lonSum += place.lon();
    p.count++;
  }

  /**
   * The point to use for division {@code key} of {@code country}, given the point another source has
   * for it: that point when it lies in (or near) the country's box, or when no place was counted for
   * the division; else the mean position of the division's places.
   */
  float[] checked(String key, float lat, float lon, CountryInfo country) {
    Places places = divisions.get(key);
    if (places == null || inBox(country, lat, lon)) {
      return new float[] {lat, lon};
    }
    return new float[] {(float) (places.latSum / places.count), (float) (places.lonSum / places.count)};
  }

  private static boolean inBox(CountryInfo c, float lat, float lon) {
    float m = COUNTRY_MARGIN_DEGREES;
    return lat >= c.minLat() - m && lat <= c.maxLat() + m && lon >= c.minLon() - m && lon <= c.maxLon() + m;
  }
}
