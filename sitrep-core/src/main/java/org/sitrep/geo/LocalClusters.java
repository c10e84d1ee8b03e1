package org.sitrep.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Town readings that other names of the article have a reading close to: local news names a few
 * small places within one county's drive ("New London", "Mt. Pleasant", "Winfield": three Iowa towns
 * 25 km apart), while each name alone has a larger namesake elsewhere. Counts, for a town or county
 * reading, how many other distinct names have a town or county reading within {@code km}. Names
 * with more than {@code maxCandidates} readings ("Springfield") are too common to tell anything, and
 * names of countries or divisions ("Lebanon", "Georgia") are those first: their town readings
 * support nothing (Palmyra, Syria stays Syrian beside Lebanon, though Pennsylvania has both towns).
 */
final class LocalClusters {
  private static final double KM_PER_DEGREE = 111.2;
  private final Map<String, List<GazetteerEntry>> localReadings = new HashMap<>();
  /** Counts already made, by name and reading: the resolver asks once per mention and pass. */
  private final Map<String, Map<GazetteerEntry, Integer>> counted = new HashMap<>();
  private final double km;

  LocalClusters(List<Toponym> toponyms, double km, int maxCandidates) {
    this.km = km;
    for (Toponym t : toponyms) {
      String name = NameKey.of(t.text());
      if (!localReadings.containsKey(name) && t.candidates().size() <= maxCandidates && !t.namesCountryOrDivision()) {
        List<GazetteerEntry> local = new ArrayList<>();
        t.candidates().stream().filter(GazetteerEntry::isTownOrCounty).forEach(local::add);
        localReadings.put(name, local);
      }
    }
  }

  /** How many other names have a local reading near {@code e} (0 for divisions and countries). */
  int neighbours(Toponym self, GazetteerEntry e) {
    if (!e.isTownOrCounty() || localReadings.size() < 2) {
      return 0;
    }
    String own = NameKey.of(self.text());
    return counted.computeIfAbsent(own, k -> new HashMap<>()).computeIfAbsent(e, x -> count(own, x));
  }

  private int count(String own, GazetteerEntry e) {
    int count = 0;
    for (Map.Entry<String, List<GazetteerEntry>> other : localReadings.entrySet()) {
      if (!other.getKey().equals(own) && other.getValue().stream().anyMatch(c -> near(c, e))) {
        count++;
      }
    }
    return count;
  }

  private boolean near(GazetteerEntry a, GazetteerEntry b) {
    if (a.geonameId() != 0 && a.geonameId() == b.geonameId() || Math.abs(a.lat() - b.lat()) * KM_PER_DEGREE > km) {
      return false; // the same place read under two names supports nothing; the latitude test is a cheap bound
    }
    return GeoDistance.km(a.lat(), a.lon(), b.lat(), b.lon()) <= km;
  }

}
