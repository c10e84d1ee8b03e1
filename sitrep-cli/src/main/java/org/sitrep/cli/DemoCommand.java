package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.export.CsvWriter;
import org.sitrep.export.GeoJsonWriter;
import org.sitrep.export.JsonlWriter;
import org.sitrep.export.TableWriter;
import org.sitrep.model.Event;
import org.sitrep.model.Relation;
import org.sitrep.pipeline.ArticleResult;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.server.ServerConfig;
import org.sitrep.store.Admission;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import org.sitrep.store.cluster.EventClustering;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Extract the events of the bundled examples/articles, print a summary table,",
        "and write out/events.jsonl (with relations), out/events.geojson and out/events.csv;",
        "with --serve, then serve them on a web map (http://localhost:8080/) until Ctrl-C."})
final class DemoCommand implements Callable<Integer> {
  @Option(names = "--examples", description = "folder of articles (default: examples/articles under the sitrep home)")
  Path examples;

  @Option(names = "--out", defaultValue = "out", description = "output folder (default: ${DEFAULT-VALUE})")
  Path out;

  @Option(names = "--threads", defaultValue = "2", description = "worker threads (default: ${DEFAULT-VALUE})")
  int threads;

  @Option(names = "--serve", description = "then store the results in OUT/sitrep.duckdb and serve the map and API until Ctrl-C")
  boolean serve;

  @Option(names = "--port", defaultValue = "8080", description = "port for --serve (default: ${DEFAULT-VALUE})")
  int port;

  @Override
  public Integer call() throws IOException, InterruptedException {
    Path articles = examples != null ? examples : Home.path().resolve("examples/articles");
    RunSummary summary = new RunSummary(System.err);
    ExtractionRun.progress(System.err, "extracting " + articles + " (loading models takes about 15 s)");
    Pipeline pipeline = StandardPipeline.create(true);
    List<ArticleResult> results = ExtractionRun.run(List.of(articles.toString()), null, pipeline, threads, summary, r -> { });
    List<Event> events = new ArrayList<>();
    List<Relation> relations = new ArrayList<>();
    results.forEach(r -> {
      events.addAll(r.events());
      relations.addAll(r.relations());
    });
    writeFiles(events, relations);
    PrintWriter console = Console.stdout();
    new TableWriter(console).writeAll(events);
    RelationTable.write(relations, console);
    console.printf("%nWrote %s, %s, %s%n", out.resolve("events.jsonl"), out.resolve("events.geojson"), out.resolve("events.csv"));
    console.flush();
    summary.print();
    if (serve) {
      serveResults(results, pipeline);
    }
    return summary.exitCode();
  }

  /** The same results in a store beside the other outputs (each article once), then the web map over it. */
  private void serveResults(List<ArticleResult> results, Pipeline pipeline) throws InterruptedException {
    try (Store db = Store.open(out.resolve("sitrep.duckdb"))) {
      for (ArticleResult r : results) {
        if (db.admit(r.article()) == Admission.NEW) {
          db.save(r);
        }
      }
      new EventClustering(db).rebuild();
      ServerConfig config = new ServerConfig(port, System.getenv("SITREP_TOKEN"), false, ServerConfig.DEFAULT_MAX_BODY);
      ServeCommand.serveUntilStopped(config, db, pipeline::process);
    } catch (StoreException e) {
      System.err.println(e.getMessage());
    }
  }

  private void writeFiles(List<Event> events, List<Relation> relations) throws IOException {
    Files.createDirectories(out);
    try (Writer w = Files.newBufferedWriter(out.resolve("events.jsonl"), StandardCharsets.UTF_8)) {
      new JsonlWriter(w).writeAll(events, relations);
    }
    try (Writer w = Files.newBufferedWriter(out.resolve("events.geojson"), StandardCharsets.UTF_8)) {
      new GeoJsonWriter(w).writeAll(events);
    }
    try (Writer w = Files.newBufferedWriter(out.resolve("events.csv"), StandardCharsets.UTF_8)) {
      new CsvWriter(w).writeAll(events);
    }
  }
}
