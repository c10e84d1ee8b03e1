package org.sitrep.store;

import java.nio.file.Path;
import java.util.List;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.model.Article;
import org.sitrep.pipeline.ArticleResult;
import org.sitrep.store.input.CorpusReader;

/** The process CrashSafetyTest kills: ingests args[1] into the store args[0] with the fake pipeline, slowly. */
public final class CrashChild {
  private CrashChild() {}

  public static void main(String[] args) {
    try (Store store = Store.open(Path.of(args[0]))) {
      new StoreIngest(store, CrashChild::slowly, 2, f -> { }).run(new CorpusReader(IngestOptions.defaults()),
          List.of(args[1]), () -> { });
    }
  }

  /** A few milliseconds per article, so that kills land at many different points of the run. */
  private static ArticleResult slowly(Article a) {
    try {
      Thread.sleep(5);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return Fixtures.process(a);
  }
}
