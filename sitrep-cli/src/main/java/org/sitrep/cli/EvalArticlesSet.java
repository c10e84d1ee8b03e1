package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.sitrep.eval.GoldEvent;
import org.sitrep.eval.GoldReader;
import org.sitrep.eval.GoldSet;
import org.sitrep.eval.MarkdownReport;
import org.sitrep.eval.Scorer;
import org.sitrep.model.Event;
import org.sitrep.pipeline.Pipeline;

/**
 * The articles set of `eval events`: DATA/articles with DATA/expected, plus the bundled
 * examples/articles with examples/expected, scored together by the examples scorer (strict event
 * P/R/F1). Articles are few and long, so their events are held until scoring.
 */
final class EvalArticlesSet {
  private EvalArticlesSet() {}

  static boolean run(Path data, Supplier<Pipeline> pipeline, int threads, RunSummary summary, StringBuilder report) {
    List<Path> pairs = List.of(data, Home.path().resolve("examples"));
    List<String> articleDirs = new ArrayList<>();
    List<GoldSet> golds = new ArrayList<>();
    for (Path base : pairs.stream().map(p -> p.toAbsolutePath().normalize()).distinct().toList()) {
      if (Files.isDirectory(base.resolve("articles")) && Files.isDirectory(base.resolve("expected"))) {
        articleDirs.add(base.resolve("articles").toString());
        golds.add(new GoldReader().readDir(base.resolve("expected")));
      }
    }
    if (articleDirs.isEmpty()) {
      ExtractionRun.progress(System.err, "skipping articles: no articles/ + expected/ in " + data + " or the examples");
      return false;
    }
    List<Event> events = new ArrayList<>();
    ExtractionRun.run(articleDirs, null, pipeline.get(), threads, summary, r -> events.addAll(r.events()));
    report.append("## articles (").append(String.join(", ", articleDirs)).append(")\n\n");
    report.append(new MarkdownReport().render(new Scorer().score(merge(golds), events, List.of())));
    return true;
  }

  static GoldSet merge(List<GoldSet> golds) {
    Map<String, List<GoldEvent>> byArticle = new HashMap<>();
    List<String> problems = new ArrayList<>();
    golds.forEach(g -> {
      byArticle.putAll(g.byArticle());
      problems.addAll(g.problems());
    });
    return new GoldSet(byArticle, problems);
  }
}
