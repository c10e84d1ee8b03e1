package org.sitrep.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * An in-memory index of the texts seen so far. {@link #add} answers whether the new text is a
 * near-duplicate of an earlier one and of which: the most similar earlier original (a copy of a
 * copy links to the first original, never to the copy), ties to the earliest.
 */
public final class NearDuplicateIndex {
  /** The earlier text a new one copies, and their estimated Jaccard similarity. */
  public record Match(String originalId, double similarity) {}

  private final DedupSettings settings;
  private final Map<Long, List<String>> buckets = new HashMap<>();
  private final Map<String, Fingerprint> originals = new HashMap<>();
  private final Map<String, Integer> order = new HashMap<>();

  public NearDuplicateIndex(DedupSettings settings) {
    this.settings = settings;
  }

  /** Adds a text; an original is indexed, a duplicate is not (its original stands for it). */
  public Optional<Match> add(String id, String text) {
    Fingerprint fp = Fingerprint.of(text, settings);
    Optional<Match> match = bestMatch(fp);
    if (match.isEmpty() && fp.comparable() && !originals.containsKey(id)) {
      originals.put(id, fp);
      order.put(id, order.size());
      for (long key : fp.buckets()) {
        buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(id);
      }
    }
    return match;
  }

  private Optional<Match> bestMatch(Fingerprint fp) {
    if (!fp.comparable()) {
      return Optional.empty();
    }
    Set<String> ids = new TreeSet<>(Comparator.comparing(order::get));
    for (long key : fp.buckets()) {
      ids.addAll(buckets.getOrDefault(key, List.of()));
    }
    Map<String, Fingerprint> candidates = new LinkedHashMap<>();
    ids.forEach(id -> candidates.put(id, originals.get(id)));
    return best(fp, candidates, settings.threshold());
  }

  /**
   * The candidate (in the map's order, earliest first) most similar to fp at or above the
   * threshold; ties go to the earlier. Shared with the store, which finds candidates in SQL.
   */
  public static Optional<Match> best(Fingerprint fp, Map<String, Fingerprint> candidates, double threshold) {
    Match best = null;
    for (Map.Entry<String, Fingerprint> c : candidates.entrySet()) {
      double s = fp.similarity(c.getValue());
      if (s >= threshold && (best == null || s > best.similarity())) {
        best = new Match(c.getKey(), s);
      }
    }
    return Optional.ofNullable(best);
  }
}
