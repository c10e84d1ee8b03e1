package org.sitrep.dedup;

import java.util.Set;

/**
 * MinHash signatures (Broder 1997): for each of n seeded hash functions, the minimum over a set's
 * elements. The share of equal positions in two signatures estimates the Jaccard similarity of the
 * sets. The seeds are fixed, so signatures stored in one run compare with those of the next.
 */
public final class MinHash {
  private final long[] seeds;

  public MinHash(int hashes) {
    if (hashes < 1) {
      throw new IllegalArgumentException("hashes must be positive: " + hashes);
    }
    seeds = new long[hashes];
    for (int i = 0; i < hashes; i++) {
      seeds[i] = Mix.mix64(0x9e3779b97f4a7c15L * (i + 1));
    }
  }

  public int size() {
    return seeds.length;
  }

  /** The signature of a set of shingle hashes; the empty set gives all Integer.MAX_VALUE. */
  public int[] signature(Set<Long> shingles) {
    int[] sig = new int[seeds.length];
    java.util.Arrays.fill(sig, Integer.MAX_VALUE);
    for (long s : shingles) {
      for (int i = 0; i < seeds.length; i++) {
        int h = (int) (Mix.mix64(s ^ seeds[i]) >>> 33);
        if (h < sig[i]) {
          sig[i] = h;
        }
      }
    }
    return sig;
  }

  /** The share of equal positions: estimated Jaccard similarity, 0 for signatures of different size. */
  public static double similarity(int[] a, int[] b) {
    if (a.length != b.length || a.length == 0) {
      return 0;
    }
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return (double) same / a.length;
  }
}
