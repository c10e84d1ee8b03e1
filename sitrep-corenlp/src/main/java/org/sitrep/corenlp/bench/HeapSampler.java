package org.sitrep.corenlp.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Samples used heap on a daemon thread while a pass runs. Sampling (every few ms) can miss a
 * short spike but, unlike summing per-pool peaks, never reports more than was in use at once.
 */
final class HeapSampler implements AutoCloseable {
  private static final long INTERVAL_MILLIS = 5;
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final long gcCountAtStart = gcCount();
  private final long gcMillisAtStart = gcMillis();
  private final Thread thread;
  private volatile boolean running = true;
  private volatile long peak;

  HeapSampler() {
    peak = used();
    thread = new Thread(this::sample, "heap-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  long peakBytes() {
    return Math.max(peak, used());
  }

  /** Forces a full collection (slow): what is left is what the annotator keeps. */
  long liveBytesAfterGc() {
    System.gc();
    return used();
  }

  long gcCountDelta() {
    return gcCount() - gcCountAtStart;
  }

  long gcMillisDelta() {
    return gcMillis() - gcMillisAtStart;
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }

  private void sample() {
    while (running) {
      peak = Math.max(peak, used());
      try {
        Thread.sleep(INTERVAL_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private long used() {
    return memory.getHeapMemoryUsage().getUsed();
  }

  private static long gcCount() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionCount).filter(n -> n > 0).sum();
  }

  private static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(n -> n > 0).sum();
  }
}
