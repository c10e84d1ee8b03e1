package org.sitrep.cli;

import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Records done (stored, skipped or failed) per second and, when the input's size is known, the
 * share done and the time left, rewritten in place about once a second. Only when stderr is a
 * terminal (System.console() != null): logs and pipes stay quiet. The rate is that of the last
 * minute, so a resumed run's fast skipping of stored articles does not promise too early an end.
 */
final class StoreProgress implements Runnable {
  private static final long EVERY_NANOS = 1_000_000_000L;
  private static final long WINDOW_NANOS = 60_000_000_000L;
  private final PrintStream err;
  private final boolean enabled;
  private final long expected;
  private final Deque<long[]> samples = new ArrayDeque<>();
  private long lastPrint = System.nanoTime();
  private long done;

  StoreProgress(PrintStream err, boolean enabled, OptionalLong expected) {
    this.err = err;
    this.enabled = enabled;
    this.expected = expected.orElse(-1);
    samples.add(new long[] {lastPrint, 0});
  }

  /** @param expected how many records the input holds, from {@code InputCount}; counted only on a terminal */
  static StoreProgress forTerminal(PrintStream err, java.util.function.Supplier<OptionalLong> expected) {
    boolean terminal = System.console() != null;
    return new StoreProgress(err, terminal, terminal ? expected.get() : OptionalLong.empty());
  }

  @Override
  public synchronized void run() {
    done++;
    long now = System.nanoTime();
    if (enabled && now - lastPrint >= EVERY_NANOS) {
      lastPrint = now;
      err.print("\r" + line(now) + "   ");
      err.flush();
    }
  }

  String line(long now) {
    samples.add(new long[] {now, done});
    while (samples.size() > 2 && now - samples.peekFirst()[0] > WINDOW_NANOS) {
      samples.removeFirst();
    }
    long[] first = samples.peekFirst();
    double perSecond = (done - first[1]) / Math.max(1e-9, (now - first[0]) / 1e9);
    if (expected <= 0) {
      return String.format(Locale.ROOT, "sitrep: %,d record(s) done, %.1f/s", done, perSecond);
    }
    long left = Math.max(0, expected - done);
    return String.format(Locale.ROOT, "sitrep: %,d of %,d record(s) (%.0f%%), %.1f/s, ETA %s", done, expected,
        100.0 * done / expected, perSecond, perSecond > 0 ? duration((long) (left / perSecond)) : "unknown");
  }

  static String duration(long seconds) {
    return seconds >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", seconds / 3600, seconds % 3600 / 60)
        : String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60);
  }

  void finish() {
    if (enabled && done > 0) {
      err.print("\r");
    }
  }
}
