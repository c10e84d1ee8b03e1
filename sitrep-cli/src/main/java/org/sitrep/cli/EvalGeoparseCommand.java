package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.eval.geo.GeoCorpusReader;
import org.sitrep.eval.geo.GeoDocument;
import org.sitrep.eval.geo.GeoFinding;
import org.sitrep.eval.geo.GeoScore;
import org.sitrep.eval.geo.GeoScorer;
import org.sitrep.eval.geo.SystemToponym;
import org.sitrep.geo.PlaceMention;
import org.sitrep.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "geoparse", mixinStandardHelpOptions = true,
    description = {"Geoparse the dev sets in --data (lgl, geovirus, trnews, geowebnews: each <set>/dev.jsonl;",
        "absent sets are skipped) and score toponym recognition and geocoding; prints a markdown table.",
        "See EVALUATION.md, section Geoparsing, for the exact definitions."})
final class EvalGeoparseCommand implements Callable<Integer> {
  static final List<String> SETS = List.of("lgl", "geovirus", "trnews", "geowebnews");

  @Option(names = "--data", description = "folder with the sets (default: ../shared/data beside the sitrep home)")
  Path data;

  @Option(names = "--sets", split = ",", description = "which sets (default: all four)")
  List<String> sets;

  @Option(names = "--limit", defaultValue = "0", description = "score only the first N records of each set (0: all)")
  int limit;

  @Option(names = "--errors", paramLabel = "FILE", description = "write every miss, false toponym and far resolution (TSV)")
  Path errors;

  @Override
  public Integer call() throws IOException {
    Path dir = data != null ? data : Home.path().resolve("../shared/data").normalize();
    Geoparser geoparser = Geoparser.standard();
    GeoTimer timer = new GeoTimer();
    List<String> rows = new ArrayList<>();
    List<GeoFinding> findings = new ArrayList<>();
    for (String set : sets != null ? sets : SETS) {
      Path file = dir.resolve(set).resolve("dev.jsonl");
      if (!Files.isRegularFile(file)) {
        System.err.println("sitrep: skipping " + set + ": no " + file);
        continue;
      }
      GeoScore score = scoreSet(file, geoparser, timer);
      rows.add(GeoReport.row(set, score));
      findings.addAll(score.findings());
    }
    PrintWriter out = Console.stdout();
    out.print(GeoReport.render(rows, timer));
    out.flush();
    if (errors != null) {
      Files.write(errors, findings.stream().map(GeoFinding::tsv).toList());
    }
    return rows.isEmpty() ? 2 : 0;
  }

  private GeoScore scoreSet(Path file, Geoparser geoparser, GeoTimer timer) {
    GeoCorpusReader.Corpus corpus = new GeoCorpusReader().read(file);
    corpus.problems().forEach(p -> System.err.println("sitrep: " + p));
    List<GeoDocument> docs = limit > 0 ? corpus.documents().stream().limit(limit).toList() : corpus.documents();
    Map<String, List<SystemToponym>> system = new HashMap<>();
    for (GeoDocument doc : docs) {
      system.put(doc.id(), parse(doc, geoparser, timer));
    }
    System.err.println("sitrep: " + file.getParent().getFileName() + ": " + docs.size() + " record(s) geoparsed");
    return new GeoScorer().score(docs, system);
  }

  private static List<SystemToponym> parse(GeoDocument doc, Geoparser geoparser, GeoTimer timer) {
    Article article = new Article(doc.id(), null, null, null, null, doc.text(), doc.id());
    long start = System.nanoTime();
    Geoparser.Result result;
    try {
      result = geoparser.parse(article);
    } catch (RuntimeException e) {
      System.err.println("sitrep: " + doc.id() + ": geoparsing failed: " + e);
      return List.of();
    }
    timer.add(System.nanoTime() - start, result.geoNanos());
    List<SystemToponym> found = new ArrayList<>();
    for (PlaceMention m : result.places()) {
      String label = m.place().name() + " (" + m.place().country() + ", " + m.place().precision() + ")";
      found.add(new SystemToponym(m.span(), label, m.place().lat(), m.place().lon()));
    }
    return found;
  }
}
