package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.knowledge.TsvResource;

/** Every row of city-exonyms.tsv names a GeoNames town that exists, under that name, in that country. */
class CityExonymsTest {
  @Test
  void everyExonymPointsAtItsTownAndIsIndexedForIt() {
    Gazetteer gaz = Gazetteer.standard();
    for (String[] row : TsvResource.cells("org/sitrep/geo/city-exonyms.tsv")) {
      long id = Long.parseLong(row[2].trim());
      boolean found = gaz.lookup(row[3].trim()).stream()
          .anyMatch(e -> e.geonameId() == id && e.country().equals(row[1].trim()));
      assertTrue(found, "no " + row[3] + " (" + id + ") in " + row[1]);
      assertTrue(gaz.lookup(row[0].trim()).stream().anyMatch(e -> e.geonameId() == id),
          row[0] + " must be an indexed alternate of " + row[3] + ", or the resolver never sees the town");
    }
  }
}
