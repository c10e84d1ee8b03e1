package org.sitrep.geo;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Towns named after a country that the article shows to be the town: "Lebanon" beside Boone County
 * and Zionsville (Indiana) is Lebanon, Indiana, not the country. A town counts as shown when another
 * name of the article, one that is no country or division and whose every reading lies in the
 * town's country, has a town or county reading within {@code km} of it. Names read in several
 * countries ("Palmyra": Syria and Pennsylvania) show nothing, so a Syrian article naming Palmyra
 * and Lebanon keeps the country.
 */
final class LocalNamesakes {
  private final Set<GazetteerEntry> shown = Collections.newSetFromMap(new IdentityHashMap<>());

  LocalNamesakes(List<Toponym> toponyms, double km) {
    java.util.Set<String> done = new java.util.HashSet<>();
    for (Toponym t : toponyms) {
      if (!done.add(NameKey.of(t.text()))) {
        continue; // every mention of a name has the same readings
      }
      var country = t.candidates().stream().filter(c -> c.kind() == EntryKind.COUNTRY).findFirst();
      if (country.isEmpty()) {
        continue;
      }
      for (GazetteerEntry town : t.candidates()) {
        // a town in the country itself ("Mexico" for Mexico City) is no namesake
        boolean abroad = town.country() != null && !town.country().equals(country.get().country());
        if (town.kind() == EntryKind.CITY && abroad && toponyms.stream().anyMatch(o -> localNeighbour(o, t, town, km))) {
          shown.add(town);
        }
      }
    }
  }

  boolean shown(GazetteerEntry e) {
    return shown.contains(e);
  }

  private static boolean localNeighbour(Toponym other, Toponym self, GazetteerEntry town, double km) {
    if (NameKey.of(other.text()).equals(NameKey.of(self.text())) || other.candidates().isEmpty()) {
      return false;
    }
    boolean local = other.candidates().stream().allMatch(c -> c.isTownOrCounty()
        && town.country() != null && town.country().equals(c.country()));
    return local && other.candidates().stream()
        .anyMatch(c -> GeoDistance.km(c.lat(), c.lon(), town.lat(), town.lon()) <= km);
  }
}
