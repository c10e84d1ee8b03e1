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
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Extract the events of the bundled examples/articles, print a summary table,",
        "and write out/events.jsonl (with relations), out/events.geojson and out/events.csv."})
final class DemoCommand implements Callable<Integer> {
  @Option(names = "--examples", description = "folder of articles (default: examples/articles under the sitrep home)")
  Path examples;

  @Option(names = "--out", defaultValue = "out", description = "output folder (default: ${DEFAULT-VALUE})")
  Path out;

  @Option(names = "--threads", defaultValue = "2", description = "worker threads (default: ${DEFAULT-VALUE})")
  int threads;

  @Override
  public Integer call() throws IOException {
    Path articles = examples != null ? examples : Home.path().resolve("examples/articles");
    RunSummary summary = new RunSummary(System.err);
    ExtractionRun.progress(System.err, "extracting " + articles + " (loading models takes about 15 s)");
    List<ArticleResult> results = ExtractionRun.run(List.of(articles.toString()), null,
        StandardPipeline.create(true), threads, summary, r -> { });
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
    return summary.exitCode();
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
