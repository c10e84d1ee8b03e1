package org.sitrep.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.sitrep.error.ErrorCode;
import org.sitrep.error.Failure;
import org.sitrep.model.Article;

/**
 * Runs the pipeline over many articles on a fixed number of threads. Results come back in input
 * order (so output is deterministic) and at most a small window of articles is in flight (so a
 * large corpus streams). An exception in one article becomes a {@link Failure} for that article;
 * the batch goes on.
 */
public final class BatchRunner {
  private final Pipeline pipeline;
  private final int threads;

  public BatchRunner(Pipeline pipeline, int threads) {
    this.pipeline = pipeline;
    this.threads = Math.max(1, threads);
  }

  public void run(Iterator<Article> articles, Consumer<ArticleResult> ok, Consumer<Failure> failed) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "sitrep-worker");
      t.setDaemon(true);
      return t;
    });
    try {
      Deque<Pending> window = new ArrayDeque<>();
      while (articles.hasNext()) {
        Article a = articles.next();
        window.add(new Pending(a, pool.submit(() -> pipeline.process(a))));
        if (window.size() >= threads * 2) {
          deliver(window.poll(), ok, failed);
        }
      }
      while (!window.isEmpty()) {
        deliver(window.poll(), ok, failed);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private record Pending(Article article, Future<ArticleResult> result) {}

  private static void deliver(Pending p, Consumer<ArticleResult> ok, Consumer<Failure> failed) {
    try {
      ok.accept(p.result().get());
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      failed.accept(new Failure(p.article().origin(), 0, ErrorCode.SR201, cause.getClass().getSimpleName() + ": " + cause.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failed.accept(new Failure(p.article().origin(), 0, ErrorCode.SR201, "interrupted"));
    }
  }
}
