package org.sitrep.geo;

import org.sitrep.knowledge.TsvResource;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** "eastern Syria": a REGION of the country, its point moved half way from the bbox centre toward that side. */
final class CompassRegions {
  private static final double SHIFT = 0.5;
  private final Map<String, int[]> directions = new HashMap<>();

  CompassRegions() {
    for (String[] row : TsvResource.cells("org/sitrep/geo/compass.tsv")) {
      directions.put(row[0].trim(), new int[] {Integer.parseInt(row[1].trim()), Integer.parseInt(row[2].trim())});
    }
  }

  boolean isCompassWord(String word) {
    return directions.containsKey(word.toLowerCase(Locale.ROOT));
  }

  Optional<GazetteerEntry> region(String compassWord, CountryInfo country, String text) {
    int[] d = directions.get(compassWord.toLowerCase(Locale.ROOT));
    if (d == null) {
      return Optional.empty();
    }
    double centreLat = (country.minLat() + country.maxLat()) / 2;
    double centreLon = (country.minLon() + country.maxLon()) / 2;
    double lat = centreLat + d[0] * SHIFT * (country.maxLat() - country.minLat()) / 2;
    double lon = centreLon + d[1] * SHIFT * (country.maxLon() - country.minLon()) / 2;
    return Optional.of(new GazetteerEntry(EntryKind.REGION, text, 0, country.iso3(), null,
        (float) lat, (float) lon, 0, ""));
  }
}
