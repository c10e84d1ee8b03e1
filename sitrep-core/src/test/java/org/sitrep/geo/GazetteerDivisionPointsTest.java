package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.knowledge.TsvResource;

/** First-level division points of the GeoNames build (sitrep-geonames on the test classpath). */
class GazetteerDivisionPointsTest {
  private static final Gazetteer GAZ = Gazetteer.standard();

  private static List<GazetteerEntry> divisions(String name, String iso3) {
    return GAZ.lookup(name).stream().filter(e -> e.kind() == EntryKind.ADMIN1 && iso3.equals(e.country())).toList();
  }

  private static boolean inCountryBox(GazetteerEntry e, float margin) {
    CountryInfo c = GAZ.countryInfo(e.country()).orElseThrow();
    return e.lat() >= c.minLat() - margin && e.lat() <= c.maxLat() + margin
        && e.lon() >= c.minLon() - margin && e.lon() <= c.maxLon() + margin;
  }

  @Test
  void divisionsThatCountryStateCityGeocodedOnAnotherContinentLieInTheirCountry() {
    // country-state-city has Helmand at Baltimore and Free State at Wichita
    for (String[] d : List.of(new String[] {"Helmand", "AFG"}, new String[] {"Free State", "ZAF"},
        new String[] {"Jeju", "KOR"}, new String[] {"Northern District", "ISR"})) {
      List<GazetteerEntry> found = divisions(d[0], d[1]);
      assertFalse(found.isEmpty(), d[0]);
      found.forEach(e -> assertTrue(inCountryBox(e, 0f), d[0] + " at " + e.lat() + "," + e.lon()));
    }
  }

  @Test
  void almostEveryDivisionLiesInItsCountry() {
    // Before the check, 153 of 3,430 divisions lay more than 1 degree outside their country's box;
    // after it 2, both legitimate: Aousserd (Western Sahara, outside Morocco's box) and Hatohobei
    // (remote Palau islands). A little slack for gazetteer updates.
    List<String> outside = new ArrayList<>();
    for (String[] row : TsvResource.cells("org/sitrep/geonames/admin1.tsv.gz")) {
      for (GazetteerEntry e : divisions(row[2], row[0])) {
        if (!inCountryBox(e, 1f)) {
          outside.add(e.country() + " " + e.name() + " " + e.lat() + "," + e.lon());
        }
      }
    }
    assertTrue(outside.size() <= 5, outside.size() + " divisions outside their country: " + outside);
  }
}
