package org.sitrep.corenlp.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.sitrep.model.Sentence;
import org.sitrep.nlp.Annotator;

/**
 * Measures an {@link Annotator}: model load (the first call), two warm-up passes (single-threaded,
 * which also counts sentences, then with the most threads asked for), then one timed pass per
 * requested thread count, each article a task on a fixed pool sharing the one annotator.
 * Wall-clock timings: run on a quiet machine.
 */
public final class AnnotatorBench {
  private static final String LOAD_TEXT = "Fighters shelled the town of Homs on Thursday, killing 12 people.";

  private AnnotatorBench() {}

  public static BenchResult run(Annotator annotator, List<BenchInput> inputs, Predicate<String> needsParse,
      int... threadCounts) {
    long loadStart = System.nanoTime();
    annotator.annotate(LOAD_TEXT, LocalDate.now(), s -> true);
    long loadMillis = millisSince(loadStart);
    long warmupStart = System.nanoTime();
    Pass warmup = Pass.run(annotator, inputs, needsParse, 1);
    // a second, concurrent pass: one pass left the JIT cold enough to understate 1-thread speed ~2x
    Pass.run(annotator, inputs, needsParse, Arrays.stream(threadCounts).max().orElse(1));
    long warmupMillis = millisSince(warmupStart);
    List<ThreadRun> runs = new ArrayList<>();
    for (int threads : threadCounts) {
      runs.add(timed(annotator, inputs, needsParse, Math.max(1, threads)));
    }
    return new BenchResult(annotator.name(), inputs.size(), warmup.sentences, warmup.parsed, loadMillis,
        warmupMillis, warmup.failures, runs);
  }

  private static ThreadRun timed(Annotator annotator, List<BenchInput> inputs, Predicate<String> needsParse,
      int threads) {
    System.gc(); // start each pass from a similar heap, so peaks compare
    try (HeapSampler heap = new HeapSampler()) {
      long start = System.nanoTime();
      Pass pass = Pass.run(annotator, inputs, needsParse, threads);
      double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
      long peak = heap.peakBytes();
      long gcCount = heap.gcCountDelta();
      long gcMillis = heap.gcMillisDelta();
      return new ThreadRun(threads, seconds, inputs.size() / seconds, pass.sentences / seconds,
          pass.parsed / seconds, peak, heap.liveBytesAfterGc(), gcCount, gcMillis);
    }
  }

  private static long millisSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  /** Totals of one pass over all inputs. */
  private static final class Pass {
    private int sentences;
    private int parsed;
    private int failures;

    static Pass run(Annotator annotator, List<BenchInput> inputs, Predicate<String> needsParse, int threads) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<List<Sentence>>> results = new ArrayList<>();
        for (BenchInput input : inputs) {
          results.add(pool.submit(() -> annotator.annotate(input.text(), input.published(), needsParse)));
        }
        Pass pass = new Pass();
        results.forEach(pass::add);
        return pass;
      } finally {
        pool.shutdownNow();
      }
    }

    private void add(Future<List<Sentence>> result) {
      try {
        List<Sentence> article = result.get();
        sentences += article.size();
        parsed += (int) article.stream().filter(Sentence::parsed).count();
      } catch (ExecutionException e) {
        failures++;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        failures++;
      }
    }
  }
}
