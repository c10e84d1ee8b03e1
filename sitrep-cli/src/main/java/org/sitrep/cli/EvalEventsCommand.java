package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.sitrep.eval.events.DisplacementCase;
import org.sitrep.eval.events.DisplacementScorer;
import org.sitrep.eval.events.EvalCase;
import org.sitrep.eval.events.NegativeCase;
import org.sitrep.eval.events.NegativeScorer;
import org.sitrep.eval.events.SetScorer;
import org.sitrep.eval.events.SubtypeCase;
import org.sitrep.eval.events.SubtypeScorer;
import org.sitrep.eval.events.UcdpCase;
import org.sitrep.eval.events.UcdpScorer;
import org.sitrep.eval.events.UcdpSides;
import org.sitrep.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "events", mixinStandardHelpOptions = true,
    description = {"Event-coding evaluation: runs the standard pipeline over each record of the sets in --data",
        "(subtypes.jsonl, displacement.jsonl, negatives.jsonl, articles/ + expected/, plus the bundled examples)",
        "and over the UCDP GED Syria headlines (--ucdp); prints a markdown report. Absent sets are skipped.",
        "See examples/eval/README.md for the sets and EVALUATION.md for the definitions."})
final class EvalEventsCommand implements Callable<Integer> {
  static final List<String> SETS = List.of("subtypes", "displacement", "negatives", "articles", "ucdp");

  @Option(names = "--data", description = "folder of the eval sets (default: examples/eval under the sitrep home)")
  Path data;

  @Option(names = "--ucdp", description = "UCDP GED JSONL (default: <shared>/data/ucdp-ged/dev.jsonl)")
  Path ucdp;

  @Option(names = "--sets", split = ",", description = "which sets (default: all five)")
  List<String> sets;

  @Option(names = "--limit", defaultValue = "0", description = "only the first N records of each JSONL set (0: all)")
  int limit;

  @Option(names = "--threads", defaultValue = "2", description = "pipeline threads (default: 2)")
  int threads;

  @Option(names = "--errors", defaultValue = "20", description = "error rows listed per set (default: 20)")
  int errors;

  @Override
  public Integer call() throws IOException {
    Path dir = data != null ? data : Home.path().resolve("examples/eval");
    RunSummary summary = new RunSummary(System.err);
    Supplier<Pipeline> pipeline = new Lazy<>(() -> StandardPipeline.create(true));
    StringBuilder report = new StringBuilder("# Event coding\n\n");
    int ran = 0;
    for (String set : sets != null ? sets : SETS) {
      long start = System.nanoTime();
      boolean done = runSet(set, dir, pipeline, summary, report);
      if (done) {
        ran++;
        ExtractionRun.progress(System.err, set + ": " + (System.nanoTime() - start) / 1_000_000 + " ms");
      }
    }
    PrintWriter out = Console.stdout();
    out.print(report);
    out.flush();
    summary.print();
    return ran == 0 ? 2 : summary.exitCode();
  }

  private boolean runSet(String set, Path dir, Supplier<Pipeline> pipeline, RunSummary summary, StringBuilder report)
      throws IOException {
    return switch (set) {
      case "subtypes" -> cases(dir.resolve("subtypes.jsonl"), set, pipeline, summary, report,
          new EvalCaseRun<>(dir.resolve("subtypes.jsonl"), SubtypeCase::parse, summary), new SubtypeScorer(errors));
      case "displacement" -> cases(dir.resolve("displacement.jsonl"), set, pipeline, summary, report,
          new EvalCaseRun<>(dir.resolve("displacement.jsonl"), DisplacementCase::parse, summary), new DisplacementScorer(errors));
      case "negatives" -> cases(dir.resolve("negatives.jsonl"), set, pipeline, summary, report,
          new EvalCaseRun<>(dir.resolve("negatives.jsonl"), NegativeCase::parse, summary), new NegativeScorer(errors));
      case "ucdp" -> cases(ucdpFile(), set, pipeline, summary, report,
          new EvalCaseRun<>(ucdpFile(), UcdpCase::parse, summary), new UcdpScorer(UcdpSides.standard(), errors));
      case "articles" -> EvalArticlesSet.run(dir, pipeline, threads, summary, report);
      default -> skip(set, "not a set (" + String.join(", ", SETS) + ")");
    };
  }

  private <T extends EvalCase> boolean cases(Path file, String set, Supplier<Pipeline> pipeline,
      RunSummary summary, StringBuilder report, EvalCaseRun<T> run, SetScorer<T> scorer)
      throws IOException {
    if (!Files.isRegularFile(file)) {
      return skip(set, "no " + file);
    }
    int scored = run.run(pipeline.get(), threads, limit, scorer);
    ExtractionRun.progress(System.err, set + ": " + scored + " record(s) scored");
    scorer.render(report);
    return true;
  }

  private Path ucdpFile() {
    if (ucdp != null) {
      return ucdp;
    }
    String shared = System.getProperty("sitrep.shared");
    Path root = shared != null && !shared.isBlank() ? Path.of(shared) : Home.path().resolve("../shared").normalize();
    return root.resolve("data/ucdp-ged/dev.jsonl");
  }

  /** Builds the pipeline (CoreNLP: seconds) only once a set is found to run. */
  private static final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> make;
    private T value;

    Lazy(Supplier<T> make) {
      this.make = make;
    }

    @Override
    public T get() {
      if (value == null) {
        value = make.get();
      }
      return value;
    }
  }

  private static boolean skip(String set, String why) {
    ExtractionRun.progress(System.err, "skipping " + set + ": " + why);
    return false;
  }
}
