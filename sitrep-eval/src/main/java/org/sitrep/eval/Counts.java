package org.sitrep.eval;

/**
 * Event-level counts: {@code hits} system events aligned to gold, {@code falseAlarms} system events
 * aligned to nothing, {@code misses} required gold events left unaligned. Optional gold events
 * count only when found (as hits).
 */
public record Counts(int hits, int falseAlarms, int misses) {
  public static final Counts ZERO = new Counts(0, 0, 0);

  public Counts plus(Counts o) {
    return new Counts(hits + o.hits, falseAlarms + o.falseAlarms, misses + o.misses);
  }

  /** hits / system events; 0 when the system reported nothing. */
  public double precision() {
    return ratio(hits, hits + falseAlarms);
  }

  /** hits / (hits + misses); 0 when there was nothing to find. */
  public double recall() {
    return ratio(hits, hits + misses);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static double ratio(int num, int den) {
    return den == 0 ? 0 : (double) num / den;
  }
}
