package org.sitrep.testing;

import java.util.Random;

/**
 * Hostile test text: domain words mixed with random characters from the first 12k code points
 * (controls, combining marks, surrogate halves), for tests that check invariants on any input.
 */
public final class RandomText {
  private RandomText() {}

  /** Up to {@code maxPieces} pieces; one in {@code noiseEvery} is a random character. */
  public static String of(Random random, String[] pieces, int maxPieces, int noiseEvery) {
    StringBuilder sb = new StringBuilder();
    int n = random.nextInt(maxPieces);
    for (int i = 0; i < n; i++) {
      if (random.nextInt(noiseEvery) == 0) {
        sb.append((char) random.nextInt(0x3000));
      } else {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      if (random.nextBoolean()) {
        sb.append(' ');
      }
    }
    return sb.toString();
  }
}
