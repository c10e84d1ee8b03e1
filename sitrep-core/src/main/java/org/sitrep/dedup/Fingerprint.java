package org.sitrep.dedup;

import java.util.Set;

/**
 * What near-duplicate detection keeps of one text: its MinHash signature and LSH bucket keys.
 * {@code comparable} is false for texts too short to judge (fewer shingles than the settings'
 * minimum): those are never called duplicates, since a two-line brief says too little.
 */
public record Fingerprint(int[] signature, long[] buckets, boolean comparable) {
  public static Fingerprint of(String text, DedupSettings settings) {
    Set<Long> shingles = Shingles.of(text, settings.shingleWords());
    int[] sig = new MinHash(settings.hashes()).signature(shingles);
    return new Fingerprint(sig, Lsh.bucketKeys(sig, settings.bands()), shingles.size() >= settings.minShingles());
  }

  public double similarity(Fingerprint other) {
    return MinHash.similarity(signature, other.signature);
  }
}
