package org.sitrep.eval.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sitrep.eval.Counts;

class ConfusionTest {
  private static final double EPS = 1e-9;

  /** Gold A×3 (predicted A, A, B), gold B×1 (predicted B), gold C×1 (predicted none). */
  private static Confusion tiny() {
    Confusion c = new Confusion();
    c.add("A", "A");
    c.add("A", "A");
    c.add("A", "B");
    c.add("B", "B");
    c.add("C", "none");
    return c;
  }

  @Test
  void perLabelCountsAndAccuracy() {
    Confusion c = tiny();
    assertEquals(new Counts(2, 0, 1), c.counts("A"));
    assertEquals(new Counts(1, 1, 0), c.counts("B"));
    assertEquals(new Counts(0, 0, 1), c.counts("C"));
    assertEquals(3.0 / 5, c.accuracy(), EPS);
  }

  @Test
  void weightedAndMacroF1DifferByTheirWeights() {
    Confusion c = tiny();
    double f1a = 2 * 1.0 * (2.0 / 3) / (1.0 + 2.0 / 3); // P 1, R 2/3 -> 0.8
    double f1b = 2 * 0.5 * 1.0 / 1.5; // P 1/2, R 1 -> 2/3
    assertEquals((f1a + f1b + 0) / 3, c.macroF1(), EPS);
    assertEquals((3 * f1a + 1 * f1b + 1 * 0) / 5, c.weightedF1(), EPS);
  }

  @Test
  void topConfusionsAreOffDiagonalBiggestFirst() {
    Confusion c = tiny();
    c.add("C", "B");
    c.add("C", "B");
    assertEquals(new Confusion.Cell("C", "B", 2), c.topConfusions(1).get(0));
    assertEquals(3, c.topConfusions(10).size());
  }

  @Test
  void randomConfusionsKeepTheirInvariants() {
    Random r = new Random(7);
    for (int round = 0; round < 50; round++) {
      Confusion c = new Confusion();
      int n = 1 + r.nextInt(40);
      for (int i = 0; i < n; i++) {
        c.add("L" + r.nextInt(4), r.nextInt(5) == 0 ? "none" : "L" + r.nextInt(4));
      }
      int support = c.goldLabels().stream().mapToInt(c::support).sum();
      assertEquals(n, support);
      int hits = c.goldLabels().stream().mapToInt(l -> c.counts(l).hits()).sum();
      assertEquals(c.correct(), hits);
      assertBetween(c.accuracy());
      assertBetween(c.macroF1());
      assertBetween(c.weightedF1());
    }
  }

  private static void assertBetween(double v) {
    assertEquals(true, v >= 0 && v <= 1, "out of [0,1]: " + v);
  }
}
