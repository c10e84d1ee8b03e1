package org.sitrep.store;

import java.util.Map;
import java.util.TreeMap;

/** What one ingest run did. Articles skipped as already stored are counted by why. */
public final class IngestCounts {
  private int stored;
  private int events;
  private int failed;
  private final Map<String, Integer> skipped = new TreeMap<>();

  synchronized void stored(int eventCount) {
    stored++;
    events += eventCount;
  }

  synchronized void addFailure() {
    failed++;
  }

  synchronized void skipped(String reason) {
    skipped.merge(reason, 1, Integer::sum);
  }

  public synchronized int stored() {
    return stored;
  }

  public synchronized int events() {
    return events;
  }

  public synchronized int failed() {
    return failed;
  }

  public synchronized Map<String, Integer> skipped() {
    return Map.copyOf(skipped);
  }

  public synchronized int skippedTotal() {
    return skipped.values().stream().mapToInt(Integer::intValue).sum();
  }

  @Override
  public synchronized String toString() {
    return stored + " article(s) stored with " + events + " event(s), " + skippedTotal() + " skipped "
        + skipped + ", " + failed + " failed";
  }
}
