package org.sitrep.eval.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.eval.Counts;

/**
 * Gold label × predicted label counts. Per-label counts reuse {@link Counts}: hits = right,
 * false alarms = predicted this label for another gold label, misses = gold label predicted as
 * something else. Weighted and macro F1 average over the gold labels only (support > 0).
 */
public final class Confusion {
  /** One off-diagonal cell. */
  public record Cell(String gold, String predicted, int count) {}

  private final Map<String, Map<String, Integer>> cells = new TreeMap<>();
  private int total;

  public void add(String gold, String predicted) {
    cells.computeIfAbsent(gold, k -> new TreeMap<>()).merge(predicted, 1, Integer::sum);
    total++;
  }

  public int total() {
    return total;
  }

  public int correct() {
    return cells.entrySet().stream().mapToInt(e -> e.getValue().getOrDefault(e.getKey(), 0)).sum();
  }

  public double accuracy() {
    return total == 0 ? 0 : (double) correct() / total;
  }

  /** Gold labels in name order. */
  public List<String> goldLabels() {
    return List.copyOf(cells.keySet());
  }

  public int support(String gold) {
    return cells.getOrDefault(gold, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
  }

  public Counts counts(String label) {
    int right = cells.getOrDefault(label, Map.of()).getOrDefault(label, 0);
    int predicted = cells.values().stream().mapToInt(row -> row.getOrDefault(label, 0)).sum();
    return new Counts(right, predicted - right, support(label) - right);
  }

  public double weightedF1() {
    return total == 0 ? 0 : goldLabels().stream().mapToDouble(l -> counts(l).f1() * support(l)).sum() / total;
  }

  public double macroF1() {
    return goldLabels().stream().mapToDouble(l -> counts(l).f1()).average().orElse(0);
  }

  /** The largest off-diagonal cells, biggest first (ties by gold, then predicted label). */
  public List<Cell> topConfusions(int n) {
    List<Cell> off = new ArrayList<>();
    cells.forEach((gold, row) -> row.forEach((pred, count) -> {
      if (!gold.equals(pred)) {
        off.add(new Cell(gold, pred, count));
      }
    }));
    off.sort(Comparator.comparingInt(Cell::count).reversed());
    return off.subList(0, Math.min(n, off.size()));
  }
}
