package org.sitrep.dedup;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Pairwise precision and recall of a clustering against gold groups: over all pairs of items, a
 * pair is gold-linked when both items have the same gold key and predicted-linked when their
 * predicted cluster sets share an id (an item may land in several clusters, e.g. an article whose
 * report the pipeline split into two events). Precision = both / predicted, recall = both / gold;
 * with no predicted (gold) pairs precision (recall) is 1.
 */
public record PairwiseScore(long goldPairs, long predictedPairs, long correctPairs) {
  public static PairwiseScore of(List<String> goldKeys, List<Set<String>> predicted) {
    if (goldKeys.size() != predicted.size()) {
      throw new IllegalArgumentException(goldKeys.size() + " gold keys for " + predicted.size() + " predictions");
    }
    long gold = 0;
    long pred = 0;
    long both = 0;
    for (int i = 0; i < goldKeys.size(); i++) {
      for (int j = i + 1; j < goldKeys.size(); j++) {
        boolean g = goldKeys.get(i) != null && Objects.equals(goldKeys.get(i), goldKeys.get(j));
        boolean p = predicted.get(i).stream().anyMatch(predicted.get(j)::contains);
        gold += g ? 1 : 0;
        pred += p ? 1 : 0;
        both += g && p ? 1 : 0;
      }
    }
    return new PairwiseScore(gold, pred, both);
  }

  public double precision() {
    return predictedPairs == 0 ? 1 : (double) correctPairs / predictedPairs;
  }

  public double recall() {
    return goldPairs == 0 ? 1 : (double) correctPairs / goldPairs;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "pairwise precision %.3f recall %.3f F1 %.3f (%d gold pairs, %d predicted, %d correct)",
        precision(), recall(), f1(), goldPairs, predictedPairs, correctPairs);
  }
}
