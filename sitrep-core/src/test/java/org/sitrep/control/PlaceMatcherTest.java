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
}
