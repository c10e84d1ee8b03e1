package org.sitrep.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.store.IngestCounts;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import org.sitrep.store.StoreIngest;
import org.sitrep.store.input.CorpusReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Extract events from articles into the store (text, HTML, JSONL, .gz, RSS/Atom, WARC, directories).",
        "Articles already stored (same id and text, URL or text) are skipped, so a re-run continues an interrupted one."})
final class IngestCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Option(names = "--published", paramLabel = "DATE", converter = DateConverter.class,
      description = "publication date (YYYY-MM-DD) for articles that carry none of their own")
  LocalDate published;

  @Option(names = "--threads", defaultValue = "2", description = "worker threads (default: ${DEFAULT-VALUE})")
  int threads;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or directories")
  List<String> paths;

  @Override
  public Integer call() {
    try (Store db = Store.open(store.db)) {
      RunSummary summary = new RunSummary(System.err);
      StoreProgress progress = StoreProgress.forTerminal(System.err, () -> org.sitrep.store.input.InputCount.records(paths));
      StoreIngest run = new StoreIngest(db, StandardPipeline.create(true)::process, threads, summary::failed);
      IngestCounts counts = run.run(new CorpusReader(IngestOptions.defaults().withPublishedFallback(published)), paths, progress);
      progress.finish();
      System.err.println("sitrep: " + counts + "; store " + store.db + " holds " + db.count("articles")
          + " article(s), " + db.count("events") + " event(s)");
      return counts.stored() + counts.skippedTotal() > 0 || counts.failed() == 0 ? 0 : 2;
    } catch (StoreException e) {
      System.err.println(e.getMessage());
      return 2;
    }
  }
}
