package org.sitrep.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NearDuplicateIndexTest {
  private static final String[] VOCAB = ("the a rebels army town city killed wounded fled attack strike drone shelling "
      + "village province officials said monday tuesday forces government fighters near border police protest "
      + "hundreds dozens civilians hospital market residents spokesman ministry statement").split(" ");

  private static String randomText(Random r, int words) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words; i++) {
      b.append(VOCAB[r.nextInt(VOCAB.length)]).append(i % 12 == 11 ? ". " : " ");
    }
    return b.toString();
  }

  /** A copy with every n-th word changed: what a light re-edit does. */
  private static String edit(String text, int every, Random r) {
    String[] words = text.split(" ");
    for (int i = every; i < words.length; i += every) {
      words[i] = "edited" + r.nextInt(1000);
    }
    return String.join(" ", words);
  }

  @Test
  void wireCopyWithCaseAndPunctuationChangesIsADuplicateOfTheOriginal() {
    NearDuplicateIndex index = new NearDuplicateIndex(DedupSettings.defaults());
    String text = randomText(new Random(1), 300);
    assertTrue(index.add("orig", text).isEmpty());
    var match = index.add("copy", "BEIRUT (Wire) -- " + text.toUpperCase().replace(".", ";") + " Reporting by staff.");
    assertEquals("orig", match.orElseThrow().originalId());
    assertTrue(match.get().similarity() >= 0.9, "similarity " + match.get().similarity());
  }

  @Test
  void copyOfACopyLinksToTheFirstOriginal() {
    NearDuplicateIndex index = new NearDuplicateIndex(DedupSettings.defaults());
    Random r = new Random(2);
    String text = randomText(r, 400);
    index.add("orig", text);
    index.add("copy1", edit(text, 40, r));
    assertEquals("orig", index.add("copy2", edit(text, 35, r)).orElseThrow().originalId());
  }

  @Test
  void unrelatedTextsAndShortTextsAreNeverDuplicates() {
    NearDuplicateIndex index = new NearDuplicateIndex(DedupSettings.defaults());
    Random r = new Random(3);
    for (int i = 0; i < 50; i++) {
      assertTrue(index.add("t" + i, randomText(r, 200)).isEmpty());
    }
    assertTrue(index.add("short1", "Rebels took the town.").isEmpty());
    assertTrue(index.add("short2", "Rebels took the town.").isEmpty(), "too short to judge");
    assertTrue(index.add("empty", "").isEmpty());
  }

  @Test
  void estimateTracksTrueJaccardOnRandomEdits() {
    Random r = new Random(4);
    MinHash minHash = new MinHash(128);
    for (int trial = 0; trial < 30; trial++) {
      String a = randomText(r, 150 + r.nextInt(300));
      String b = edit(a, 3 + r.nextInt(30), r);
      Set<Long> sa = Shingles.of(a, 5);
      Set<Long> sb = Shingles.of(b, 5);
      double truth = jaccard(sa, sb);
      double estimate = MinHash.similarity(minHash.signature(sa), minHash.signature(sb));
      assertTrue(Math.abs(truth - estimate) < 0.2, "true " + truth + " estimate " + estimate);
    }
  }

  @Test
  void randomInputsNeverThrowAndSimilarityStaysInRange() {
    Random r = new Random(5);
    NearDuplicateIndex index = new NearDuplicateIndex(DedupSettings.defaults());
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      StringBuilder b = new StringBuilder();
      int n = r.nextInt(400);
      for (int k = 0; k < n; k++) {
        b.append((char) r.nextInt(0x3000));
      }
      texts.add(b.toString());
      index.add("r" + i, b.toString()).ifPresent(m -> {
        assertTrue(m.similarity() >= 0.5 && m.similarity() <= 1.0);
        assertFalse(m.originalId().equals("r" + texts.size()));
      });
    }
  }

  @Test
  void candidateProbabilityRisesWithSimilarity() {
    double previous = 0;
    for (double s = 0; s <= 1.0; s += 0.05) {
      double p = Lsh.candidateProbability(s, 32, 4);
      assertTrue(p >= previous && p <= 1.0);
      previous = p;
    }
    assertTrue(Lsh.candidateProbability(0.5, 32, 4) > 0.85);
    assertTrue(Lsh.candidateProbability(0.1, 32, 4) < 0.01);
  }

  private static double jaccard(Set<Long> a, Set<Long> b) {
    long both = a.stream().filter(b::contains).count();
    return a.isEmpty() && b.isEmpty() ? 1 : (double) both / (a.size() + b.size() - both);
  }
}
