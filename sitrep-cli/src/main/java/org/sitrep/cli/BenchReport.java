package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.stream.Collectors;
import org.sitrep.bench.BenchRun;

/** Prints benchmark figures as they come, in a form that pastes into BENCHMARKS.md. */
final class BenchReport {
  private final PrintWriter out;

  BenchReport(PrintWriter out, int articles) {
    this.out = out;
    out.printf("sitrep bench: %d articles, %d available processors, max heap %d MB%n",
        articles, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    out.println("| pipeline | threads | articles/s | sentences/s | parsed | events | seconds | peak heap MB | time share per stage |");
    out.println("|---|---|---|---|---|---|---|---|---|");
    out.flush();
  }

  void load(String pipeline, long millis) {
    out.printf("| %s: model loading + first article | | | | | | %.1f | | |%n", pipeline, millis / 1000.0);
    out.flush();
  }

  BenchRun run(BenchRun r) {
    out.printf("| %s | %d | %.2f | %.1f | %d/%d | %d | %.1f | %d | %s |%n", r.pipeline(), r.threads(),
        r.articlesPerSecond(), r.sentencesPerSecond(), r.parsedSentences(), r.sentences(), r.events(),
        r.seconds(), r.peakHeapBytes() >> 20, shares(r.stageShare()));
    out.flush();
    return r;
  }

  void prefilter(BenchRun filtered, BenchRun all) {
    run(all);
    out.printf("prefilter: parses %d of %d sentences (saves %.0f%% of parsing), %.2fx the articles/s of parsing all;"
            + " events %d with it, %d without%n",
        filtered.parsedSentences(), all.parsedSentences(),
        100.0 * (1 - filtered.parsedSentences() / (double) Math.max(1, all.parsedSentences())),
        filtered.articlesPerSecond() / all.articlesPerSecond(), filtered.events(), all.events());
    out.flush();
  }

  void ratio(BenchRun ours, BenchRun baseline) {
    out.printf("ratio on %d thread(s): sitrep %.2f articles/s vs baseline %.2f = %.1fx%n", ours.threads(),
        ours.articlesPerSecond(), baseline.articlesPerSecond(), ours.articlesPerSecond() / baseline.articlesPerSecond());
    out.flush();
  }

  private static String shares(Map<String, Double> share) {
    return share.entrySet().stream()
        .map(e -> String.format("%s %.0f%%", e.getKey(), 100 * e.getValue()))
        .collect(Collectors.joining(", "));
  }
}
