package org.sitrep.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Per-article times of a geoparsing run: the whole article, and the part after NER (actors + places). */
final class GeoTimer {
  private final List<Long> total = new ArrayList<>();
  private final List<Long> geo = new ArrayList<>();

  void add(long totalNanos, long geoNanos) {
    total.add(totalNanos);
    geo.add(geoNanos);
  }

  int articles() {
    return total.size();
  }

  double meanMs(boolean geoOnly) {
    return (geoOnly ? geo : total).stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
  }

  double medianMs(boolean geoOnly) {
    List<Long> sorted = new ArrayList<>(geoOnly ? geo : total);
    if (sorted.isEmpty()) {
      return 0;
    }
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2) / 1e6;
  }
}
