package org.sitrep.eval.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Span;

class GeoScorerTest {
  private static final String TEXT = "Fighting in Aleppo and Homs; Syrian troops moved to Idlib.";
  private static final GoldToponym ALEPPO = gold(12, 18, 36.20, 37.16, false);
  private static final GoldToponym HOMS = gold(23, 27, 34.73, 36.72, false);
  private static final GoldToponym SYRIAN = gold(29, 35, null, null, true);
  private static final GoldToponym IDLIB = gold(52, 57, 35.93, 36.63, false);
  private static final GeoDocument DOC = new GeoDocument("d1", TEXT, List.of(ALEPPO, HOMS, SYRIAN, IDLIB), true);

  private static GoldToponym gold(int start, int end, Double lat, Double lon, boolean nonLocational) {
    return new GoldToponym(new Span(start, end), TEXT.substring(start, end), lat, lon, null, nonLocational);
  }

  private static SystemToponym echo(GoldToponym g) {
    return new SystemToponym(g.span(), g.name(), g.lat(), g.lon());
  }

  private static GeoScore score(List<SystemToponym> found) {
    return new GeoScorer().score(List.of(DOC), Map.of("d1", found));
  }

  @Test
  void perfectSystemScoresOneAndZeroError() {
    GeoScore s = score(List.of(echo(ALEPPO), echo(HOMS), echo(IDLIB)));
    assertEquals(1.0, s.precision());
    assertEquals(1.0, s.recall());
    assertEquals(1.0, s.f1());
    assertEquals(1.0, s.lenientF1());
    assertEquals(3, s.geocoded());
    assertEquals(1.0, s.accuracy161());
    assertEquals(0.0, s.meanKm(), 1e-9);
    assertEquals(0.0, s.auc(), 1e-9);
    assertTrue(s.findings().isEmpty(), s.findings().toString());
  }

  @Test
  void emptySystemHasNoRecallAndNothingGeocoded() {
    GeoScore s = score(List.of());
    assertEquals(0.0, s.recall());
    assertEquals(0.0, s.precision());
    assertEquals(0, s.geocoded());
    assertEquals(3, s.findings().stream().filter(f -> f.kind() == GeoFinding.Kind.MISSED).count());
  }

  @Test
  void nonLocationalGoldIsNeitherRequiredNorPunished() {
    GeoScore s = score(List.of(echo(ALEPPO), echo(HOMS), echo(IDLIB), echo(SYRIAN)));
    assertEquals(3, s.gold());
    assertEquals(3, s.system());
    assertEquals(1.0, s.precision());
  }

  @Test
  void overlapCountsOnlyAsLenientButIsGeocoded() {
    SystemToponym wider = new SystemToponym(new Span(12, 27), "Aleppo and Homs", 36.20, 37.16);
    GeoScore s = score(List.of(wider));
    assertEquals(0, s.exact());
    assertEquals(1, s.lenient());
    assertEquals(1, s.geocoded());
    assertEquals(1.0, s.lenientPrecision());
  }

  @Test
  void falseToponymLowersPrecisionAndIsListed() {
    SystemToponym fighting = new SystemToponym(new Span(0, 8), "Fighting", 0.0, 0.0);
    GeoScore s = score(List.of(echo(ALEPPO), fighting));
    assertEquals(0.5, s.precision());
    assertTrue(s.findings().stream().anyMatch(f -> f.kind() == GeoFinding.Kind.FALSE && f.text().equals("Fighting")));
  }

  @Test
  void farResolutionCountsAgainstAccuracyAndRaisesAuc() {
    SystemToponym wrongHoms = new SystemToponym(HOMS.span(), "Homs, Libya", 32.65, 14.26);
    GeoScore s = score(List.of(echo(ALEPPO), wrongHoms));
    assertEquals(0.5, s.accuracy161());
    assertTrue(s.medianKm() > 1000, "median " + s.medianKm());
    assertTrue(s.auc() > 0 && s.auc() < 1, "auc " + s.auc());
    assertTrue(s.findings().stream().anyMatch(f -> f.kind() == GeoFinding.Kind.FAR));
  }

  @Test
  void aucFollowsTheTrapezoidDefinition() {
    GeoScore s = new GeoScore(1, 1, 2, 2, 2, 2, 2, List.of(GeoScore.MAX_ERROR_KM, 0.0), List.of());
    assertEquals(0.5, s.auc(), 1e-9); // points (0,0) and (1,1): area 0.5 over width 1
    GeoScore one = new GeoScore(1, 1, 1, 1, 1, 1, 1, List.of(GeoScore.MAX_ERROR_KM), List.of());
    assertEquals(1.0, one.auc(), 1e-9);
  }

  @Test
  void incompleteGoldIsGeocodedButNotUsedForRecognition() {
    GeoDocument partial = new GeoDocument("d2", TEXT, List.of(ALEPPO), false);
    SystemToponym fighting = new SystemToponym(new Span(0, 8), "Fighting", 0.0, 0.0);
    GeoScore s = new GeoScorer().score(List.of(partial), Map.of("d2", List.of(echo(ALEPPO), fighting)));
    assertEquals(0, s.recognitionDocuments());
    assertEquals(0, s.system());
    assertEquals(1, s.geocoded());
  }

  @Test
  void randomSystemsKeepMeasuresInRange() {
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      List<SystemToponym> found = new java.util.ArrayList<>();
      for (int i = random.nextInt(6); i > 0; i--) {
        int start = random.nextInt(TEXT.length());
        int end = start + random.nextInt(TEXT.length() - start + 1);
        found.add(new SystemToponym(new Span(start, end), "x", random.nextDouble() * 180 - 90, random.nextDouble() * 360 - 180));
      }
      GeoScore s = score(found);
      for (double v : new double[] {s.precision(), s.recall(), s.f1(), s.lenientF1(), s.accuracy161(), s.auc()}) {
        assertTrue(v >= 0 && v <= 1, "out of range: " + v + " for " + found);
      }
      assertTrue(s.exact() <= s.lenient() && s.lenient() <= Math.min(s.system(), s.gold()));
    }
  }
}
