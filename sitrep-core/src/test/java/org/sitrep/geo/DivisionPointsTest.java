package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Division points checked against the places inside each division, on a hand-built mini gazetteer. */
class DivisionPointsTest {
  private static GazetteerEntry town(String name, float lat, float lon) {
    return new GazetteerEntry(EntryKind.CITY, name, name.hashCode(), "CAN", "Prairie", lat, lon, 1000, "PPL");
  }

  // places spanning 50..55 N, 114..110 W; their mean is 53 N, 112 W
  private static final List<GazetteerEntry> PRAIRIE = List.of(
      town("Bigton", 50f, -114f), town("Smallville", 54f, -110f), town("Tinyburg", 55f, -112f));

  private static DivisionPoints points() {
    DivisionPoints points = new DivisionPoints();
    PRAIRIE.forEach(t -> points.add("CAN.Prairie", t));
    points.add("CAN.Other", town("Elsewhere", 45f, -75f));
    return points;
  }

  private static final CountryInfo CANADA = new CountryInfo("CA", "CAN", "Canada", 60f, -95f, 42f, -141f, 83f, -52f);

  @Test
  void aPointInsideItsCountryIsKept() {
    DivisionPoints points = points();
    // inside the box, and just outside it (within the margin)
    assertArrayEquals(new float[] {49f, -100f}, points.checked("CAN.Prairie", 49f, -100f, CANADA));
    assertArrayEquals(new float[] {41.5f, -80f}, points.checked("CAN.Prairie", 41.5f, -80f, CANADA));
  }

  @Test
  void aPointOutsideItsCountryBecomesTheMeanOfTheDivisionsPlaces() {
    DivisionPoints points = points();
    // a geocoder mix-up: the division's name found on another continent
    assertArrayEquals(new float[] {53f, -112f}, points.checked("CAN.Prairie", -33f, 21f, CANADA), 1e-4f);
    assertArrayEquals(new float[] {53f, -112f},
        points.checked("CAN.Prairie", 42f - DivisionPoints.COUNTRY_MARGIN_DEGREES - 0.1f, -80f, CANADA), 1e-4f);
  }

  @Test
  void divisionsAreKeptApart() {
    assertArrayEquals(new float[] {45f, -75f}, points().checked("CAN.Other", 0f, 0f, CANADA));
  }

  @Test
  void aDivisionWithoutPlacesKeepsItsPoint() {
    assertArrayEquals(new float[] {-33f, 21f}, points().checked("CAN.Nowhere", -33f, 21f, CANADA));
  }

  @Test
  void theCheckedPointIsTheGivenOneOrInsideTheBoxOfThePlaces() {
    Random random = new Random(5);
    for (int round = 0; round < 200; round++) {
      DivisionPoints points = new DivisionPoints();
      float minLat = 90, maxLat = -90, minLon = 180, maxLon = -180;
      for (int i = 0; i < 1 + random.nextInt(20); i++) {
        float lat = 42 + 41 * random.nextFloat();
        float lon = -141 + 89 * random.nextFloat();
        points.add("D", town("T" + i, lat, lon));
        minLat = Math.min(minLat, lat); maxLat = Math.max(maxLat, lat);
        minLon = Math.min(minLon, lon); maxLon = Math.max(maxLon, lon);
      }
      float lat = -90 + 180 * random.nextFloat();
      float lon = -180 + 360 * random.nextFloat();
      float[] p = points.checked("D", lat, lon, CANADA);
      boolean given = p[0] == lat && p[1] == lon;
      boolean inside = p[0] >= minLat - 1e-3 && p[0] <= maxLat + 1e-3 && p[1] >= minLon - 1e-3 && p[1] <= maxLon + 1e-3;
      assertTrue(given || inside, p[0] + "," + p[1]);
    }
  }

  @Test
  void aRelocatedDivisionKeepsItsNames() {
    Gazetteer.Builder builder = Gazetteer.builder();
    int id = builder.add(new GazetteerEntry(EntryKind.ADMIN1, "Prairie", 0, "CAN", "Prairie", 49f, -100f, 0, ""),
        List.of("Prairie Province"));
    builder.relocate(id, 53f, -112f);
    Gazetteer gazetteer = builder.build();
    for (String name : List.of("Prairie", "Prairie Province")) {
      GazetteerEntry e = gazetteer.lookup(name).get(0);
      assertEquals(53f, e.lat());
      assertEquals(-112f, e.lon());
      assertEquals(EntryKind.ADMIN1, e.kind());
    }
  }
}
