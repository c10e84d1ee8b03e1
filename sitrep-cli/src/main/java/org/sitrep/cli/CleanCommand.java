package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.ingest.IngestResult;
import org.sitrep.ingest.Ingestor;
import org.sitrep.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "clean", mixinStandardHelpOptions = true,
    description = {"Print the cleaned text of an article: title, blank line, body, page chrome removed.",
        "Every offset in sitrep's output indexes into exactly this text."})
final class CleanCommand implements Callable<Integer> {
  @Parameters(arity = "1", paramLabel = "PATH", description = "a text, HTML or JSONL file, or - for stdin")
  String path;

  @Override
  public Integer call() {
    RunSummary summary = new RunSummary(System.err);
    IngestResult result = new Ingestor(IngestOptions.defaults()).ingest(List.of(path));
    result.failures().forEach(summary::failed);
    PrintWriter out = Console.stdout();
    boolean many = result.articles().size() > 1;
    for (Article a : result.articles()) {
      if (many) {
        out.println("=== " + a.id());
      }
      out.println(a.text());
      summary.processed(0, 0);
    }
    out.flush();
    if (hasSingleSource(result)) {
      System.err.println("sitrep: source " + result.articles().get(0).source());
    }
    return summary.exitCode();
  }

  private static boolean hasSingleSource(IngestResult result) {
    return result.articles().size() == 1 && result.articles().get(0).source() != null;
  }
}
