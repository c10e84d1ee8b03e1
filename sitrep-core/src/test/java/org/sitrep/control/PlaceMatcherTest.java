package org.sitrep.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Place;
import org.sitrep.model.PlacePrecision;

class PlaceMatcherTest {
  private static final Place RESOLVED = new Place("Ḩamāh", "Hama", 170017L, "SYR", null, 35.1, 36.7, PlacePrecision.CITY);

  private static Place place(String name, String text, Long id) {
    return new Place(name, text, id, null, null, null, null, PlacePrecision.CITY);
  }

  @Test
  void matchesByIdOrFoldedName() {
    PlaceMatcher m = PlaceMatcher.of("Hama", RESOLVED);
    assertTrue(m.test(place("Somewhere", "x", 170017L)), "same geonameid");
    assertTrue(m.test(place("HAMAH", "x", null)), "name folds equal to the gazetteer name");
    assertTrue(m.test(place("x", "hama", 1L)), "text folds equal to the query");
    assertFalse(m.test(place("Homs", "Homs", 169577L)));
    assertFalse(m.test(null));
  }

  @Test
  void unresolvedQueryStillMatchesNames() {
    PlaceMatcher m = PlaceMatcher.of("Alimbongo", null);
    assertTrue(m.test(place("Alimbongo", null, null)));
    assertFalse(m.test(place(null, null, null)));
  }

  @Test
  void coarseEventCountsOnlyWhenItsSentenceNamesThePlace() {
    PlaceMatcher m = PlaceMatcher.of("Hama", RESOLVED);
    Place syria = new Place("Syria", "Syria", null, "SYR", null, 35.0, 38.0, PlacePrecision.COUNTRY);
    Place iraq = new Place("Iraq", "Iraq", null, "IRQ", null, 33.0, 44.0, PlacePrecision.COUNTRY);
    assertTrue(m.namedUnder(syria, "Rebels said they took Hama, Syria's fourth city."));
    assertFalse(m.namedUnder(syria, "Rebels said they took Hamadan."), "whole words only");
    assertFalse(m.namedUnder(iraq, "Rebels said they took Hama."), "another country cannot hold the place");
    assertFalse(m.namedUnder(place("Homs", "Homs", 169577L), "From Homs, they marched on Hama."), "a town is no coarse place");
    assertTrue(m.namedUnder(null, "They took Hama."));
    assertTrue(m.namedUnder(place("Kani", "town", 6822216L), "They seized the town of Hama."), "a common noun geocoded");
    assertFalse(m.namedUnder(syria, null));
  }
}
