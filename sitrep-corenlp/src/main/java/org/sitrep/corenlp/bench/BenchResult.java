package org.sitrep.corenlp.bench;

import java.util.List;
import java.util.Locale;

/**
 * What {@link AnnotatorBench} measured for one annotator. {@code loadMillis} is the first call
 * (model loading); {@code failures} counts articles whose annotation threw.
 */
public record BenchResult(String annotator, int articles, int sentences, int parsedSentences,
    long loadMillis, long warmupMillis, int failures, List<ThreadRun> runs) {
  private static final double MIB = 1024.0 * 1024.0;

  public BenchResult {
    runs = List.copyOf(runs);
  }

  /** A few human-readable lines for the CLI. */
  public String report() {
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
        "%s: %d articles, %d sentences (%d parsed), model load %.1f s, warm-up %.1f s, %d failures%n",
        annotator, articles, sentences, parsedSentences, loadMillis / 1000.0, warmupMillis / 1000.0, failures));
    for (ThreadRun run : runs) {
      out.append(String.format(Locale.ROOT,
          "  %d thread(s): %.1f s, %.2f articles/s, %.1f sentences/s (%.1f parsed/s), heap peak %.0f MiB, "
              + "live %.0f MiB, GC %d in %d ms%n",
          run.threads(), run.seconds(), run.articlesPerSecond(), run.sentencesPerSecond(),
          run.parsedSentencesPerSecond(), run.peakHeapBytes() / MIB, run.liveHeapBytes() / MIB, run.gcCount(), run.gcMillis()));
    }
    return out.toString();
  }
}
