package org.sitrep.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Articles per second on the terminal, rewritten in place about once a second. Only when stderr is
 * a terminal (System.console() != null): logs and pipes stay quiet.
 */
final class StoreProgress implements Runnable {
  private static final long EVERY_NANOS = 1_000_000_000L;
  private final PrintStream err;
  private final boolean enabled;
  private final long start = System.nanoTime();
  private long lastPrint = start;
  private int done;

  StoreProgress(PrintStream err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  static StoreProgress forTerminal(PrintStream err) {
    return new StoreProgress(err, System.console() != null);
  }

  @Override
  public void run() {
    done++;
    long now = System.nanoTime();
    if (enabled && now - lastPrint >= EVERY_NANOS) {
      lastPrint = now;
      double perSecond = done / ((now - start) / 1e9);
      err.printf(Locale.ROOT, "\rsitrep: %d article(s) processed, %.1f/s   ", done, perSecond);
      err.flush();
    }
  }

  void finish() {
    if (enabled && done > 0) {
      err.print("\r");
    }
  }
}
