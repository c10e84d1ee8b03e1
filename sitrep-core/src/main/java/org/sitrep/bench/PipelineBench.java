package org.sitrep.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.sitrep.model.Article;
import org.sitrep.pipeline.BatchRunner;
import org.sitrep.pipeline.Pipeline;

/**
 * Times whole-pipeline passes: articles/s, sentences/s, each stage's share of the time, peak heap.
 * Wall-clock figures: run it on a quiet machine and report the machine with them.
 */
public final class PipelineBench {
  private PipelineBench() {}

  /** Milliseconds of the first article through a fresh pipeline: mostly model loading. */
  public static long loadMillis(Pipeline pipeline, Article first) {
    long start = System.nanoTime();
    pipeline.process(first);
    return (System.nanoTime() - start) / 1_000_000;
  }

  public static BenchRun measure(String name, Pipeline pipeline, List<Article> articles, int threads) {
    HeapPeak.reset();
    Map<String, Double> before = pipeline.clock().seconds();
    AtomicInteger sentences = new AtomicInteger();
    AtomicInteger parsed = new AtomicInteger();
    AtomicInteger events = new AtomicInteger();
    long start = System.nanoTime();
    new BatchRunner(pipeline, threads).run(articles.iterator(), r -> {
      sentences.addAndGet(r.sentences());
      parsed.addAndGet(r.parsedSentences());
      events.addAndGet(r.events().size());
    }, f -> { });
    double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
    return new BenchRun(name, threads, articles.size(), sentences.get(), parsed.get(), events.get(), seconds,
        shares(before, pipeline.clock().seconds()), HeapPeak.peakBytes());
  }

  /** Each stage's fraction of the stage time spent during this pass. */
  private static Map<String, Double> shares(Map<String, Double> before, Map<String, Double> after) {
    Map<String, Double> spent = new LinkedHashMap<>();
    double total = 0;
    for (var e : after.entrySet()) {
      double s = e.getValue() - before.getOrDefault(e.getKey(), 0.0);
      spent.put(e.getKey(), s);
      total += s;
    }
    Map<String, Double> shares = new LinkedHashMap<>();
    for (var e : spent.entrySet()) {
      shares.put(e.getKey(), total > 0 ? e.getValue() / total : 0);
    }
    return shares;
  }
}
