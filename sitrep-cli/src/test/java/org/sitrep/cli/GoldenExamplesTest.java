package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sitrep.export.JsonlWriter;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.ingest.IngestResult;
import org.sitrep.ingest.Ingestor;
import org.sitrep.model.Article;
import org.sitrep.pipeline.ArticleResult;

/**
 * Golden files: for every bundled example article, the JSONL that `sitrep extract --relations`
 * writes must equal src/test/resources/golden/<file>/expected.jsonl (reviewed by hand against
 * examples/EXPECTED.md). Regenerate with -Dgolden.update=true and review the diff.
 */
class GoldenExamplesTest {
  private static final Path ROOT = Path.of(System.getProperty("sitrep.root", "..")).toAbsolutePath().normalize();
  private static final Path EXAMPLES = ROOT.resolve("examples/articles");
  private static final Path GOLDEN = ROOT.resolve("sitrep-cli/src/test/resources/golden");

  @TestFactory
  Stream<DynamicTest> everyExampleMatchesItsGoldenFile() throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(EXAMPLES)) {
      files = list.filter(Files::isRegularFile).sorted().toList();
    }
    assertTrue(files.size() >= 8, "examples/articles holds the demo corpus");
    return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
  }

  private static void check(Path file) throws IOException {
    String actual = extract(file);
    for (String line : actual.split("\n")) {
      if (!line.isBlank()) {
        assertEquals(java.util.Set.of(), SchemaCheck.errors(SchemaCheck.parse(line)), "schema: " + line);
      }
    }
    Path expected = GOLDEN.resolve(file.getFileName().toString()).resolve("expected.jsonl");
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(expected.getParent());
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
      return;
    }
    assertTrue(Files.exists(expected), "no golden file " + expected + "; run with -Dgolden.update=true and review it");
    assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, "golden output of " + file.getFileName());
  }

  static String extract(Path file) throws IOException {
    IngestResult input = new Ingestor(IngestOptions.defaults()).ingest(List.of(file.toString()));
    assertEquals(List.of(), input.failures(), "example articles ingest cleanly");
    StringWriter out = new StringWriter();
    JsonlWriter writer = new JsonlWriter(out);
    for (Article a : input.articles()) {
      ArticleResult r = TestPipeline.get().process(a);
      writer.writeAll(r.events(), r.relations());
    }
    return out.toString();
  }

  static List<String> lines(String jsonl) {
    List<String> lines = new ArrayList<>();
    for (String l : jsonl.split("\n")) {
      if (!l.isBlank()) {
        lines.add(l);
      }
    }
    return lines;
  }
}
