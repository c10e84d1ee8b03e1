package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.error.ErrorCode;
import org.sitrep.error.Failure;
import org.sitrep.geo.PlaceMention;
import org.sitrep.model.Article;
import org.sitrep.model.Place;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "geoparse", mixinStandardHelpOptions = true,
    description = {"Find and resolve the toponyms of articles: one JSON line per article,",
        "{\"id\",\"toponyms\":[{\"start\",\"end\",\"text\",\"name\",\"geonameid\",\"lat\",\"lon\",\"country\",\"admin1\",\"precision\"}]}.",
        "JSONL records {\"id\",\"text\"} are read as is (offsets index into \"text\"); text and HTML files",
        "are cleaned first (offsets index into what `sitrep clean` prints)."})
final class GeoparseCommand implements Callable<Integer> {
  /** Output formats of geoparse. */
  enum Format { jsonl, table }

  @Option(names = "--format", defaultValue = "jsonl", description = "jsonl or table (default: ${DEFAULT-VALUE})")
  Format format;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "files, directories, or - for stdin")
  List<String> paths;

  @Override
  public Integer call() {
    RunSummary summary = new RunSummary(System.err);
    PrintWriter out = Console.stdout();
    Geoparser geoparser = Geoparser.standard();
    new GeoparseInput(System.in).read(paths, article -> {
      try {
        Geoparser.Result result = geoparser.parse(article);
        print(out, article, result.places());
        summary.processed(0, 0);
      } catch (RuntimeException e) {
        summary.failed(new Failure(article.origin(), 0, ErrorCode.SR201, e.getClass().getSimpleName() + ": " + e.getMessage()));
      }
    }, summary::failed);
    out.flush();
    summary.print();
    return summary.exitCode();
  }

  private void print(PrintWriter out, Article article, List<PlaceMention> places) {
    if (format == Format.jsonl) {
      out.println(ToponymJson.line(article.id(), article.text(), places));
      return;
    }
    for (PlaceMention m : places) {
      Place p = m.place();
      out.println(String.format(Locale.ROOT, "%s\t%d-%d\t%s\t%s\t%s\t%s\t%s", article.id(), m.span().start(), m.span().end(),
          article.text().substring(m.span().start(), m.span().end()), p.name(), p.country(),
          p.lat() == null ? "" : String.format(Locale.ROOT, "%.4f", p.lat()),
          p.lon() == null ? "" : String.format(Locale.ROOT, "%.4f", p.lon())));
    }
    out.flush();
  }
}
