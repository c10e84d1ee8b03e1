package org.sitrep.eval.geo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Scores of one geoparsing run on one corpus.
 *
 * <p>Recognition (over records whose gold list is complete): {@code exact} system spans equal to
 * a required gold span; {@code lenient} one-to-one pairs of overlapping spans (exact pairs first).
 * Geocoding (over every record): {@code errorsKm} holds, for each required gold toponym with
 * coordinates that the system recognised (lenient pair), the great-circle distance from the gold
 * point to the system's point (20,039 km, half the equator, when the system gave no point).
 */
public record GeoScore(int documents, int recognitionDocuments, int gold, int system, int exact, int lenient,
    int goldWithCoordinates, List<Double> errorsKm, List<GeoFinding> findings) {
  /** Half the Earth's circumference: the largest possible error, and the AUC's normaliser. */
  public static final double MAX_ERROR_KM = 20039;
  /** "Accuracy within 161 km" (100 miles), the customary geocoding threshold. */
  public static final double ACCURACY_KM = 161;

  public GeoScore {
    List<Double> sorted = new ArrayList<>(errorsKm);
    Collections.sort(sorted);
    errorsKm = List.copyOf(sorted);
    findings = List.copyOf(findings);
  }

  public double precision() {
    return ratio(exact, system);
  }

  public double recall() {
    return ratio(exact, gold);
  }

  public double f1() {
    return harmonic(precision(), recall());
  }

  public double lenientPrecision() {
    return ratio(lenient, system);
  }

  public double lenientRecall() {
    return ratio(lenient, gold);
  }

  public double lenientF1() {
    return harmonic(lenientPrecision(), lenientRecall());
  }

  public int geocoded() {
    return errorsKm.size();
  }

  /** Share of geocoded toponyms placed within 161 km of gold. */
  public double accuracy161() {
    return ratio((int) errorsKm.stream().filter(e -> e <= ACCURACY_KM).count(), errorsKm.size());
  }

  public double meanKm() {
    return errorsKm.stream().mapToDouble(Double::doubleValue).average().orElse(0);
  }

  public double medianKm() {
    int n = errorsKm.size();
    if (n == 0) {
      return 0;
    }
    return n % 2 == 1 ? errorsKm.get(n / 2) : (errorsKm.get(n / 2 - 1) + errorsKm.get(n / 2)) / 2;
  }

  /**
   * Area under the error curve (Gritta et al. 2019): sort the errors ascending, scale each to
   * x = ln(1 + km) / ln(20039) (0 = exact, 1 = antipode), and take the trapezoid area under the
   * points (i, x_i), i = 0..n-1, divided by n-1 (x_0 alone when n = 1). 0 is perfect; lower is better.
   */
  public double auc() {
    int n = errorsKm.size();
    if (n == 0) {
      return 0;
    }
    double[] x = errorsKm.stream().mapToDouble(e -> Math.min(1, Math.log1p(e) / Math.log(MAX_ERROR_KM))).toArray();
    if (n == 1) {
      return x[0];
    }
    double area = 0;
    for (int i = 1; i < n; i++) {
      area += (x[i - 1] + x[i]) / 2;
    }
    return area / (n - 1);
  }

  private static double ratio(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  private static double harmonic(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
