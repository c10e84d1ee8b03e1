package org.sitrep.dedup;

/**
 * How near-duplicates are found. Defaults: 5-word shingles, 128 MinHash functions in 32 bands of 4
 * rows, and an article is a near-duplicate of an earlier one when their estimated Jaccard
 * similarity of shingle sets is at least 0.5. Why 0.5: wire copies and light re-edits of one story
 * share most 5-word runs (0.7 and up), while two outlets writing up the same event in their own
 * words share almost none (under 0.1); 0.5 sits between with room either side. At 0.5 a pair
 * becomes an LSH candidate with probability 0.87, at 0.7 with 0.9999.
 */
public record DedupSettings(int shingleWords, int hashes, int bands, double threshold, int minShingles) {
  public static DedupSettings defaults() {
    return new DedupSettings(5, 128, 32, 0.5, 3);
  }

  public DedupSettings {
    if (shingleWords < 1 || hashes < 1 || bands < 1 || hashes % bands != 0) {
      throw new IllegalArgumentException("bad dedup settings: " + shingleWords + " words, " + hashes + " hashes, " + bands + " bands");
    }
  }

  public int rows() {
    return hashes / bands;
  }
}
