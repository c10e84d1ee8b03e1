package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The US counties of the GeoNames build (sitrep-geonames on the test classpath). */
class GazetteerCountiesTest {
  private static final Gazetteer GAZ = Gazetteer.standard();

  private static List<GazetteerEntry> counties(String name) {
    return GAZ.lookup(name).stream().filter(e -> e.kind() == EntryKind.ADMIN2).toList();
  }

  @Test
  void aCountyNameCommonToSeveralStatesHasOneEntryPerState() {
    List<GazetteerEntry> found = counties("Jefferson County");
    assertTrue(found.size() >= 10, "Jefferson County exists in many states: " + found.size());
    assertEquals(found.size(), found.stream().map(GazetteerEntry::admin1).distinct().count());
  }

  @Test
  void everyCountyLiesInsideTheUnitedStatesAndNamesItsState() {
    CountryInfo usa = GAZ.countryInfo("USA").orElseThrow();
    for (String name : List.of("Laurel County", "Orleans Parish", "Cook County", "Kenai Peninsula Borough")) {
      List<GazetteerEntry> found = counties(name);
      assertFalse(found.isEmpty(), name);
      for (GazetteerEntry e : found) {
        assertNotNull(e.admin1(), name);
        assertTrue(e.lat() >= usa.minLat() && e.lat() <= usa.maxLat() && e.lon() >= usa.minLon() && e.lon() <= usa.maxLon(),
            name + " at " + e.lat() + "," + e.lon());
      }
    }
  }

  @Test
  void theBareNameIsNotACounty() {
    assertTrue(counties("Laurel").isEmpty());
  }
}
