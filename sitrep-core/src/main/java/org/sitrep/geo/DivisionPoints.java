package org.sitrep.geo;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A point for each first-level division computed from the GeoNames places inside it (every place
 * with that country and admin1 code), as round 4 did for US counties. country-state-city's division
 * centroids lie 160-300 km from GeoNames' own ADM1 points for large provinces (Alberta, BC,
 * Queensland); the gold sets use GeoNames' points, which the places inside a division approximate.
 */
final class DivisionPoints {
  /** How the places are summarised into one point. */
  enum Method { MEAN, POPULATION_WEIGHTED, MOST_POPULOUS }

  /** Running sums for one division. */
  private static final class Sums {
    double lat;
    double lon;
    double weightedLat;
    double weightedLon;
    double weight;
    int places;
    GazetteerEntry mostPopulous;
  }

  private final Method method;
  private final Map<String, Sums> sums = new HashMap<>();

  DivisionPoints(Method method) {
    this.method = method;
  }

  /** Counts one place towards the division {@code key} (any stable key, e.g. "CAN.01"). */
  void add(String key, GazetteerEntry place) {
    Sums s = sums.computeIfAbsent(key, k -> new Sums());
    s.lat += place.lat();
    s.lon += place.lon();
    // population 0 (unknown) still counts a little, so a division of unknown-size places has a point
    double w = Math.max(1, place.population());
    s.weightedLat += w * place.lat();
    s.weightedLon += w * place.lon();
    s.weight += w;
    s.places++;
    if (s.mostPopulous == null || place.population() > s.mostPopulous.population()) {
      s.mostPopulous = place;
    }
  }

  /** The division's point as {lat, lon}, or empty when no place was counted for it. */
  Optional<float[]> point(String key) {
    Sums s = sums.get(key);
    if (s == null) {
      return Optional.empty();
    }
    return Optional.of(switch (method) {
      case MEAN -> new float[] {(float) (s.lat / s.places), (float) (s.lon / s.places)};
      case POPULATION_WEIGHTED -> new float[] {(float) (s.weightedLat / s.weight), (float) (s.weightedLon / s.weight)};
      case MOST_POPULOUS -> new float[] {s.mostPopulous.lat(), s.mostPopulous.lon()};
    });
  }
}
