package org.sitrep.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.ingest.IngestResult;
import org.sitrep.ingest.Ingestor;
import org.sitrep.pipeline.ArticleResult;
import org.sitrep.pipeline.BatchRunner;
import org.sitrep.pipeline.Pipeline;

/** Ingest, then run the pipeline over every article: the part shared by extract, demo and bench. */
final class ExtractionRun {
  private ExtractionRun() {}

  static List<ArticleResult> run(List<String> paths, LocalDate published, Pipeline pipeline, int threads,
      RunSummary summary, Consumer<ArticleResult> each) {
    IngestOptions options = IngestOptions.defaults().withPublishedFallback(published);
    IngestResult input = new Ingestor(options).ingest(paths);
    input.failures().forEach(summary::failed);
    List<ArticleResult> results = new ArrayList<>();
    new BatchRunner(pipeline, threads).run(input.articles().iterator(), r -> {
      summary.processed(r.events().size(), r.relations().size());
      results.add(r);
      each.accept(r);
    }, summary::failed);
    return results;
  }

  static void progress(PrintStream err, String message) {
    err.println("sitrep: " + message);
  }
}
