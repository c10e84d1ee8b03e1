package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.corenlp.BaselineAnnotator;
import org.sitrep.eval.GoldReader;
import org.sitrep.eval.GoldSet;
import org.sitrep.eval.MarkdownReport;
import org.sitrep.eval.Scorer;
import org.sitrep.model.Event;
import org.sitrep.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "eval", mixinStandardHelpOptions = true, subcommands = {EvalGeoparseCommand.class, EvalEventsCommand.class},
    description = {"Extract the bundled example articles and score the events against the hand-coded",
        "gold files (examples/expected, transcribed from examples/EXPECTED.md); prints a markdown report.",
        "`sitrep eval geoparse` scores toponym recognition and geocoding on the shared dev sets instead."})
final class EvalCommand implements Callable<Integer> {
  @Option(names = "--articles", description = "articles (default: examples/articles under the sitrep home)")
  Path articles;

  @Option(names = "--gold", description = "gold folder (default: examples/expected under the sitrep home)")
  Path gold;

  @Option(names = "--baseline", description = "annotate with the Phoenix-style baseline NLP instead (same extraction rules)")
  boolean baseline;

  @Override
  public Integer call() {
    Path articleDir = articles != null ? articles : Home.path().resolve("examples/articles");
    Path goldDir = gold != null ? gold : Home.path().resolve("examples/expected");
    if (!Files.isDirectory(goldDir)) {
      System.err.println("sitrep: no gold folder " + goldDir);
      return 2;
    }
    RunSummary summary = new RunSummary(System.err);
    List<Event> events = new ArrayList<>();
    Pipeline pipeline = baseline ? StandardPipeline.create(new BaselineAnnotator(), false) : StandardPipeline.create(true);
    ExtractionRun.run(List.of(articleDir.toString()), null, pipeline, 2, summary,
        r -> events.addAll(r.events()));
    GoldSet goldSet = new GoldReader().readDir(goldDir);
    PrintWriter out = Console.stdout();
    out.print(new MarkdownReport().render(new Scorer().score(goldSet, events, List.of())));
    out.flush();
    summary.print();
    return summary.exitCode();
  }
}
