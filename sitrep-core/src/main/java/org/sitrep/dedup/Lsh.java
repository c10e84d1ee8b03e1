package org.sitrep.dedup;

/**
 * Locality-sensitive hashing of MinHash signatures by bands: the signature is cut into b bands of r
 * rows and each band hashed to one bucket key (the band number mixed in, so keys of different bands
 * never meet). Two sets of Jaccard similarity s share at least one key with probability
 * 1 - (1 - s^r)^b; only those candidates are compared in full.
 */
public final class Lsh {
  private Lsh() {}

  /** One key per band; signature length must be a multiple of bands. */
  public static long[] bucketKeys(int[] signature, int bands) {
    if (bands < 1 || signature.length % bands != 0) {
      throw new IllegalArgumentException(signature.length + " hashes do not split into " + bands + " bands");
    }
    int rows = signature.length / bands;
    long[] keys = new long[bands];
    for (int b = 0; b < bands; b++) {
      long h = Mix.mix64(b + 1L);
      for (int r = 0; r < rows; r++) {
        h = Mix.mix64(h ^ signature[b * rows + r]);
      }
      keys[b] = h;
    }
    return keys;
  }

  /** The probability that a pair of this Jaccard similarity becomes a candidate. */
  public static double candidateProbability(double similarity, int bands, int rows) {
    return 1 - Math.pow(1 - Math.pow(similarity, rows), bands);
  }
}
