package org.sitrep.store;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import org.sitrep.error.ErrorCode;
import org.sitrep.error.Failure;
import org.sitrep.model.Article;
import org.sitrep.pipeline.ArticleResult;
import org.sitrep.store.cluster.CountryFilter;
import org.sitrep.store.cluster.EventClustering;
import org.sitrep.store.input.CorpusReader;
import org.sitrep.store.input.Sink;

/**
 * Reads a corpus into the store: each article the store does not hold yet goes through the
 * processor (the pipeline) on N threads and is saved, with its events, in one transaction, in
 * input order. Articles already stored are skipped before any NLP, so re-running after a crash
 * continues where it stopped. Every failure goes to the failures table and to the listener.
 */
public final class StoreIngest {
  private final Store store;
  private final Function<Article, ArticleResult> processor;
  private final int threads;
  private final Consumer<Failure> onFailure;
  private final IngestCounts counts = new IngestCounts();
  /** Countries (null: none) of the events this run stored: only their clusters are recomputed. */
  private final Set<String> touchedCountries = new HashSet<>();
  /** Keys of articles admitted in this run but maybe not saved yet: a repeat inside one run is a skip too. */
  private final Set<String> inFlight = new HashSet<>();
  /** Content hash of each id met in this run, to tell a repeat from a clash before either is saved. */
  private final Map<String, String> idsThisRun = new HashMap<>();

  public StoreIngest(Store store, Function<Article, ArticleResult> processor, int threads, Consumer<Failure> onFailure) {
    this.store = store;
    this.processor = processor;
    this.threads = Math.max(1, threads);
    this.onFailure = onFailure;
  }

  public IngestCounts counts() {
    return counts;
  }

  /**
   * Ingests every path; a store that cannot be written stops the run with a StoreException.
   * {@code onRecordDone} runs once per record read: stored, skipped or failed.
   */
  public IngestCounts run(CorpusReader reader, List<String> paths, Runnable onRecordDone) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "sitrep-ingest");
      t.setDaemon(true);
      return t;
    });
    Deque<Pending> window = new ArrayDeque<>();
    try {
      reader.read(paths, new Sink(a -> {
        if (admit(a)) {
          window.add(new Pending(a, pool.submit(() -> processor.apply(a))));
          if (window.size() >= threads * 2) {
            deliver(window.poll(), onRecordDone);
          }
        } else {
          onRecordDone.run();
        }
      }, f -> {
        fail(f);
        onRecordDone.run();
      }, counts::skipped));
      while (!window.isEmpty()) {
        deliver(window.poll(), onRecordDone);
      }
      if (counts.stored() > 0) {
        // only the countries this run added events to: the rest of the store's clusters stand
        new EventClustering(store).update(CountryFilter.of(touchedCountries));
        EventOrder.sortIfWorthIt(store, counts.events());
      }
    } finally {
      pool.shutdownNow();
    }
    return counts;
  }

  private boolean admit(Article a) {
    String hash = ContentHash.of(a.text());
    Admission admission = store.admit(a);
    String earlierHash = idsThisRun.putIfAbsent(a.id(), hash);
    if (admission == Admission.ID_CLASH || earlierHash != null && !earlierHash.equals(hash)) {
      fail(new Failure(a.origin(), 0, ErrorCode.SR305, "id " + a.id()));
      return false;
    }
    boolean repeat = earlierHash != null | !inFlight.add("hash:" + hash)
        | (a.url() != null && !a.url().isBlank() && !inFlight.add("url:" + a.url()));
    if (admission.stored() || repeat) {
      Admission why = admission.stored() ? admission : Admission.SAME_CONTENT;
      counts.skipped("already stored: " + why.name().toLowerCase(java.util.Locale.ROOT));
      return false;
    }
    return true;
  }

  private record Pending(Article article, Future<ArticleResult> result) {}

  private void deliver(Pending p, Runnable onRecordDone) {
    try {
      ArticleResult result = p.result().get();
      store.save(result);
      counts.stored(result.events().size());
      result.events().forEach(e -> touchedCountries.add(new EventColumns(e).country()));
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      fail(new Failure(p.article().origin(), 0, ErrorCode.SR201, cause.getClass().getSimpleName() + ": " + cause.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      fail(new Failure(p.article().origin(), 0, ErrorCode.SR201, "interrupted"));
    }
    onRecordDone.run();
  }

  private void fail(Failure f) {
    counts.addFailure();
    store.saveFailure(f);
    onFailure.accept(f);
  }
}
