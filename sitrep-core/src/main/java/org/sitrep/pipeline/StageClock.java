package org.sitrep.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/** Wall time per named stage, summed over articles and threads; safe to share between workers. */
public final class StageClock {
  private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
  private final Map<String, Integer> order = new ConcurrentHashMap<>();

  public <T> T time(String stage, Supplier<T> work) {
    long start = System.nanoTime();
    try {
      return work.get();
    } finally {
      order.putIfAbsent(stage, order.size());
      nanos.computeIfAbsent(stage, k -> new LongAdder()).add(System.nanoTime() - start);
    }
  }

  /** Stage → seconds, in the order stages first ran. */
  public Map<String, Double> seconds() {
    Map<String, Double> out = new LinkedHashMap<>();
    order.entrySet().stream().sorted(Map.Entry.comparingByValue())
        .forEach(e -> out.put(e.getKey(), nanos.get(e.getKey()).sum() / 1e9));
    return out;
  }
}
