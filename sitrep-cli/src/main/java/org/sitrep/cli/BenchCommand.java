package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.bench.BenchRun;
import org.sitrep.bench.PipelineBench;
import org.sitrep.corenlp.BaselineAnnotator;
import org.sitrep.corenlp.CoreNlpAnnotator;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.ingest.IngestResult;
import org.sitrep.ingest.Ingestor;
import org.sitrep.model.Article;
import org.sitrep.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Time the whole pipeline on 1 and 2 threads and, on the same articles in the same run,",
        "the Phoenix-style baseline (CoreNLP default NER + shift-reduce parser on every sentence).",
        "Also reports what the sentence prefilter saves and what it loses."})
final class BenchCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", paramLabel = "PATH", description = "articles (default: examples/articles)")
  List<String> paths = new ArrayList<>();

  @Option(names = "--limit", defaultValue = "0", description = "use at most this many articles (0: all)")
  int limit;

  @Option(names = "--no-baseline", description = "skip the baseline (it is slow)")
  boolean noBaseline;

  @Override
  public Integer call() {
    List<Article> articles = articles();
    if (articles.isEmpty()) {
      System.err.println("sitrep: no readable articles to benchmark");
      return 2;
    }
    PrintWriter out = Console.stdout();
    BenchReport report = new BenchReport(out, articles.size());
    Pipeline ours = StandardPipeline.create(new CoreNlpAnnotator(), true);
    report.load("sitrep", PipelineBench.loadMillis(ours, articles.get(0)));
    PipelineBench.measure("warm-up", ours, articles, 2); // JIT and caches, not reported
    BenchRun one = report.run(PipelineBench.measure("sitrep", ours, articles, 1));
    BenchRun two = report.run(PipelineBench.measure("sitrep", ours, articles, 2));
    Pipeline unfiltered = StandardPipeline.create(new CoreNlpAnnotator(), false);
    report.prefilter(two, PipelineBench.measure("sitrep, no prefilter", unfiltered, articles, 2));
    if (!noBaseline) {
      Pipeline baseline = StandardPipeline.create(new BaselineAnnotator(), false);
      report.load("baseline", PipelineBench.loadMillis(baseline, articles.get(0)));
      PipelineBench.measure("warm-up", baseline, articles, 2);
      BenchRun b1 = report.run(PipelineBench.measure("baseline", baseline, articles, 1));
      BenchRun b2 = report.run(PipelineBench.measure("baseline", baseline, articles, 2));
      report.ratio(one, b1);
      report.ratio(two, b2);
    }
    out.flush();
    return 0;
  }

  private List<Article> articles() {
    List<String> inputs = paths.isEmpty() ? List.of(Home.path().resolve(Path.of("examples", "articles")).toString()) : paths;
    IngestResult result = new Ingestor(IngestOptions.defaults()).ingest(inputs);
    RunSummary summary = new RunSummary(System.err);
    result.failures().forEach(summary::failed);
    List<Article> list = result.articles();
    return limit > 0 && list.size() > limit ? list.subList(0, limit) : list;
  }
}
