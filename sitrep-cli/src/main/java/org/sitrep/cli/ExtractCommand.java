package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.actor.ActorDictionary;
import org.sitrep.actor.UserActors;
import org.sitrep.export.CsvWriter;
import org.sitrep.export.JsonlWriter;
import org.sitrep.model.Event;
import org.sitrep.model.Relation;
import org.sitrep.pipeline.ArticleResult;
import org.sitrep.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Extract conflict events from articles (text, HTML, JSONL records, directories, or - for stdin).",
        "Data goes to stdout; progress and errors to stderr."})
final class ExtractCommand implements Callable<Integer> {
  @Option(names = "--format", defaultValue = "jsonl", description = "jsonl, table, geojson or csv (default: ${DEFAULT-VALUE})")
  OutputFormat format;

  @Option(names = "--relations", description = "also emit relation records (jsonl and table)")
  boolean relations;

  @Option(names = "--published", paramLabel = "DATE", converter = DateConverter.class,
      description = "publication date (YYYY-MM-DD) for articles that carry none of their own")
  LocalDate published;

  @Option(names = "--threads", defaultValue = "2", description = "worker threads (default: ${DEFAULT-VALUE})")
  int threads;

  @Option(names = "--no-prefilter", negatable = false, description = "parse every sentence, not only those with trigger words")
  boolean noPrefilter;

  @Option(names = "--actors", paramLabel = "FILE",
      description = "a user actor dictionary added to the bundled one: sitrep actors TSV or PETRARCH/CAMEO format (repeatable)")
  List<Path> actorFiles = new ArrayList<>();

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "files, directories, or - for stdin")
  List<String> paths;

  @Override
  public Integer call() throws IOException {
    RunSummary summary = new RunSummary(System.err);
    PrintWriter out = Console.stdout();
    List<Event> all = new ArrayList<>();
    List<Relation> rels = new ArrayList<>();
    StreamingSink sink = new StreamingSink(format, relations, out);
    ExtractionRun.run(paths, published, pipeline(), threads, summary, r -> {
      all.addAll(r.events());
      rels.addAll(r.relations());
      sink.accept(r);
    });
    Formats.writeCollected(format, all, relations ? rels : List.of(), out);
    out.flush();
    summary.print();
    return summary.exitCode();
  }

  private Pipeline pipeline() {
    if (actorFiles.isEmpty()) {
      return StandardPipeline.create(!noPrefilter);
    }
    UserActors user = UserActors.read(actorFiles);
    user.errors().forEach(e -> ExtractionRun.progress(System.err, "actors: " + e));
    ExtractionRun.progress(System.err, user.entries().size() + " user actor(s) from " + actorFiles.size() + " file(s)");
    return StandardPipeline.create(!noPrefilter, ActorDictionary.withUserActors(user.entries()));
  }

  /** JSONL and CSV stream article by article; table and GeoJSON need the whole batch. */
  static final class StreamingSink {
    private final OutputFormat format;
    private final boolean relations;
    private final Writer out;
    private final JsonlWriter jsonl;
    private final CsvWriter csv;

    StreamingSink(OutputFormat format, boolean relations, Writer out) throws IOException {
      this.format = format;
      this.relations = relations;
      this.out = out;
      this.jsonl = new JsonlWriter(out);
      this.csv = new CsvWriter(out);
      if (format == OutputFormat.csv) {
        csv.writeHeader();
      }
    }

    void accept(ArticleResult r) {
      try {
        if (format == OutputFormat.jsonl) {
          jsonl.writeAll(r.events(), relations ? r.relations() : List.of());
        } else if (format == OutputFormat.csv) {
          for (Event e : r.events()) {
            csv.write(e);
          }
        }
        out.flush();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }
}
