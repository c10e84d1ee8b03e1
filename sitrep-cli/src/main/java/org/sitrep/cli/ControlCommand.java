package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.actor.ActorDictionary;
import org.sitrep.actor.UserActors;
import org.sitrep.control.ControlTimeline;
import org.sitrep.control.ControlWriter;
import org.sitrep.control.PlaceMatcher;
import org.sitrep.geo.PlaceFinder;
import org.sitrep.model.Event;
import org.sitrep.pipeline.ArticleResult;
import org.sitrep.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "control", mixinStandardHelpOptions = true,
    description = {"Who held a place when: control changes (captures, recaptures, withdrawals) that the articles tell,",
        "with date, gaining and losing actor, status and evidence. Data to stdout; progress and errors to stderr."})
final class ControlCommand implements Callable<Integer> {
  enum Format { table, jsonl }

  @Parameters(index = "0", paramLabel = "PLACE", description = "the place, as the gazetteer knows it (\"Hama\", \"Maungdaw\")")
  String place;

  @Parameters(index = "1..*", arity = "1..*", paramLabel = "PATH", description = "files, directories, or - for stdin")
  List<String> paths;

  @Option(names = "--format", defaultValue = "table", description = "table or jsonl (default: ${DEFAULT-VALUE})")
  Format format;

  @Option(names = "--published", paramLabel = "DATE", converter = DateConverter.class,
      description = "publication date (YYYY-MM-DD) for articles that carry none of their own")
  LocalDate published;

  @Option(names = "--threads", defaultValue = "2", description = "worker threads (default: ${DEFAULT-VALUE})")
  int threads;

  @Option(names = "--actors", paramLabel = "FILE",
      description = "a user actor dictionary added to the bundled one: sitrep actors TSV or PETRARCH/CAMEO format (repeatable)")
  List<Path> actorFiles = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    RunSummary summary = new RunSummary(System.err);
    UserActors user = UserActors.read(actorFiles);
    user.errors().forEach(e -> ExtractionRun.progress(System.err, "actors: " + e));
    Pipeline pipeline = StandardPipeline.create(true, ActorDictionary.withUserActors(user.entries()));
    List<ArticleResult> results = new ArrayList<>(
        ExtractionRun.run(paths, published, pipeline, threads, summary, r -> { }));
    // workers finish in any order: order articles by publication date, then id, for a stable timeline
    results.sort(Comparator.comparing((ArticleResult r) -> r.article().published(), Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(r -> r.article().id(), Comparator.nullsLast(Comparator.naturalOrder())));
    List<Event> events = results.stream().flatMap(r -> r.events().stream()).toList();
    PlaceMatcher matcher = PlaceMatcher.of(place, PlaceFinder.standard().resolve(place, null).orElse(null));
    ControlTimeline timeline = ControlTimeline.build(events, matcher);
    PrintWriter out = Console.stdout();
    ControlWriter writer = new ControlWriter(out);
    if (format == Format.jsonl) {
      writer.writeJsonl(place, timeline);
    } else {
      writer.writeTable(place, timeline);
    }
    summary.print();
    return summary.exitCode();
  }
}
