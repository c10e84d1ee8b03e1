package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.ingest.IngestResult;
import org.sitrep.ingest.Ingestor;
import org.sitrep.model.Article;

/** The bundled gold files against the bundled articles, read the way the CLI reads them. */
class ExampleGoldTest {
  static Path examples;
  static GoldSet gold;
  static Map<String, Article> articles;

  @BeforeAll
  static void load() {
    String root = System.getProperty("sitrep.root");
    Assumptions.assumeTrue(root != null, "sitrep.root not set");
    examples = Path.of(root, "examples");
    Assumptions.assumeTrue(Files.isDirectory(examples.resolve("expected")), "no examples/expected");
    gold = new GoldReader().readDir(examples.resolve("expected"));
    IngestResult in = new Ingestor(IngestOptions.defaults()).ingest(List.of(examples.resolve("articles").toString()));
    articles = in.articles().stream().collect(Collectors.toMap(Article::id, Function.identity()));
  }

  @Test
  void goldFilesReadCleanly() {
    assertTrue(gold.problems().isEmpty(), gold.problems().toString());
    assertTrue(gold.byArticle().values().stream().mapToInt(List::size).sum() > 0);
  }

  @Test
  void everyArticleHasAGoldFileAndEveryGoldFileAnArticle() {
    assertEquals(articles.keySet(), gold.byArticle().keySet());
  }

  @Test
  void everyGoldSentenceOccursVerbatimInTheCleanedText() {
    List<String> missing = new ArrayList<>();
    gold.byArticle().forEach((id, events) -> events.forEach(g -> g.sentences().forEach(s -> {
      Article a = articles.get(id);
      if (a == null || !a.text().contains(s)) {
        missing.add(id + " #" + g.label() + ": " + s);
      }
    })));
    assertTrue(missing.isEmpty(), String.join("\n", missing));
  }

  @Test
  void articlesWithoutEventsInExpectedMdHaveEmptyGold() throws Exception {
    String md = Files.readString(examples.resolve("EXPECTED.md"));
    long noEventSections = md.lines().filter(l -> l.startsWith("**No events.**")).count();
    long emptyGold = gold.byArticle().values().stream().filter(List::isEmpty).count();
    assertEquals(noEventSections, emptyGold);
  }
}
