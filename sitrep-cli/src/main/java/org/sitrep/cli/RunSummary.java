package org.sitrep.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.error.Failure;

/**
 * Counts what a batch did and reports failures as they happen, one line each on stderr, with the
 * closing tally. At most {@link #MAX_LISTED} failures are printed one by one, then only counted.
 */
final class RunSummary {
  static final int MAX_LISTED = 200;
  private final PrintStream err;
  private final List<Failure> failures = new ArrayList<>();
  private int ok;
  private int events;
  private int relations;

  RunSummary(PrintStream err) {
    this.err = err;
  }

  synchronized void failed(Failure f) {
    failures.add(f);
    if (failures.size() <= MAX_LISTED) {
      err.println(f.describe());
    }
  }

  synchronized void processed(int eventCount, int relationCount) {
    ok++;
    events += eventCount;
    relations += relationCount;
  }

  int ok() {
    return ok;
  }

  int failedCount() {
    return failures.size();
  }

  /** 0 when at least one article was processed, 2 when none could be. */
  int exitCode() {
    return ok > 0 ? 0 : 2;
  }

  void print() {
    String more = failures.size() > MAX_LISTED ? " (" + (failures.size() - MAX_LISTED) + " not listed)" : "";
    err.printf("sitrep: %d article(s) ok, %d failed%s; %d event(s), %d relation(s)%n",
        ok, failures.size(), more, events, relations);
  }
}
