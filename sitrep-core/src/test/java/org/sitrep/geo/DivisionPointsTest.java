package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Division points from the places inside a division, on a hand-built mini gazetteer. */
class DivisionPointsTest {
  private static GazetteerEntry town(String name, float lat, float lon, long population) {
    return new GazetteerEntry(EntryKind.CITY, name, name.hashCode(), "CAN", "Prairie", lat, lon, population, "PPL");
  }

  // one big city in the south-west corner, two small towns further north-east
  private static final List<GazetteerEntry> PRAIRIE = List.of(
      town("Bigton", 50f, -114f, 1_000_000),
      town("Smallville", 54f, -110f, 1_000),
      town("Tinyburg", 55f, -112f, 0));

  private static DivisionPoints points(DivisionPoints.Method method) {
    DivisionPoints points = new DivisionPoints(method);
    PRAIRIE.forEach(t -> points.add("CAN.Prairie", t));
    points.add("CAN.Other", town("Elsewhere", 45f, -75f, 500));
    return points;
  }

  @Test
  void theMeanCountsEveryPlaceAlike() {
    float[] p = points(DivisionPoints.Method.MEAN).point("CAN.Prairie").orElseThrow();
    assertArrayEquals(new float[] {53f, -112f}, p, 1e-4f);
  }

  @Test
  void thePopulationWeightedMeanLeansTowardsTheBigCity() {
    float[] p = points(DivisionPoints.Method.POPULATION_WEIGHTED).point("CAN.Prairie").orElseThrow();
    assertEquals(50f, p[0], 0.01f);
    assertEquals(-114f, p[1], 0.01f);
    assertTrue(p[0] > 50f && p[1] > -114f, "the small towns still pull a little: " + p[0] + "," + p[1]);
  }

  @Test
  void theMostPopulousPlaceGivesItsOwnPoint() {
    float[] p = points(DivisionPoints.Method.MOST_POPULOUS).point("CAN.Prairie").orElseThrow();
    assertArrayEquals(new float[] {50f, -114f}, p);
  }

  @Test
  void divisionsAreKeptApartAndAnUnknownDivisionHasNoPoint() {
    DivisionPoints points = points(DivisionPoints.Method.MEAN);
    assertArrayEquals(new float[] {45f, -75f}, points.point("CAN.Other").orElseThrow());
    assertTrue(points.point("CAN.Nowhere").isEmpty());
  }

  @Test
  void placesOfUnknownPopulationStillGiveAPoint() {
    DivisionPoints points = new DivisionPoints(DivisionPoints.Method.POPULATION_WEIGHTED);
    points.add("X", town("A", 10f, 20f, 0));
    points.add("X", town("B", 12f, 22f, 0));
    assertArrayEquals(new float[] {11f, 21f}, points.point("X").orElseThrow(), 1e-4f);
  }

  @Test
  void everyMethodStaysInsideTheBoxOfItsPlaces() {
    Random random = new Random(5);
    for (DivisionPoints.Method method : DivisionPoints.Method.values()) {
      for (int round = 0; round < 50; round++) {
        DivisionPoints points = new DivisionPoints(method);
        float minLat = 90, maxLat = -90, minLon = 180, maxLon = -180;
        for (int i = 0; i < 1 + random.nextInt(20); i++) {
          float lat = -60 + 120 * random.nextFloat();
          float lon = -170 + 340 * random.nextFloat();
          points.add("D", town("T" + i, lat, lon, random.nextInt(3) == 0 ? 0 : random.nextInt(2_000_000)));
          minLat = Math.min(minLat, lat); maxLat = Math.max(maxLat, lat);
          minLon = Math.min(minLon, lon); maxLon = Math.max(maxLon, lon);
        }
        float[] p = points.point("D").orElseThrow();
        assertTrue(p[0] >= minLat - 1e-3 && p[0] <= maxLat + 1e-3 && p[1] >= minLon - 1e-3 && p[1] <= maxLon + 1e-3,
            method + " " + p[0] + "," + p[1]);
      }
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
