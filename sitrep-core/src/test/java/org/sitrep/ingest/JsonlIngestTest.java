package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.error.ErrorCode;
import org.sitrep.error.Failure;
import org.sitrep.model.Article;

class JsonlIngestTest {
  @TempDir Path dir;
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String record(String id, String field, String value, String published) {
    ObjectNode node = JSON.createObjectNode().put("id", id).put("title", "Headline " + id).put(field, value);
    if (published != null) {
      node.put("published", published);
    }
    node.put("url", "https://www.example.org/" + id);
    return node.toString();
  }

  @Test
  void goodLinesComeThroughAndBrokenLinesFailWithTheirLineNumbers() throws IOException {
    List<String> lines = List.of(
        record("a1", "text", Samples.BODY, "2024-12-06"),
        "{\"id\": \"broken\", \"text\": ",
        "",
        record("a2", "html", "<p>" + Samples.BODY + "</p><div class=\"share\">Share this:</div>", null),
        "[1, 2, 3]",
        "{\"id\": \"empty\", \"title\": \"No text\"}",
        record("a3", "text", Samples.BODY, "not a date"));
    Path file = Files.write(dir.resolve("batch.jsonl"), lines);

    IngestResult result = new Ingestor(IngestOptions.defaults()).ingest(List.of(file.toString()));

    assertEquals(List.of("a1", "a2", "a3"), result.articles().stream().map(Article::id).toList());
    List<Failure> failures = result.failures();
    assertEquals(List.of(ErrorCode.SR105, ErrorCode.SR105, ErrorCode.SR106, ErrorCode.SR110),
        failures.stream().map(Failure::code).toList());
    assertEquals(List.of(2, 5, 6, 7), failures.stream().map(Failure::line).toList());
    Article first = result.articles().get(0);
    assertEquals(LocalDate.of(2024, 12, 6), first.published());
    assertEquals(file + ":1", first.origin());
    assertEquals("example.org", first.source());
    assertEquals("Headline a1\n\n" + Samples.BODY, first.text());
    assertTrue(!result.articles().get(1).text().contains("Share"));
    assertNull(result.articles().get(2).published());
  }

  @Test
  void stdinIsSniffedAsJsonl() {
    String content = record("s1", "text", Samples.BODY, null) + "\n";
    Ingestor ingestor = new Ingestor(IngestOptions.defaults(),
        new java.io.ByteArrayInputStream(content.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    IngestResult result = ingestor.ingest(List.of("-"));
    assertEquals(List.of("s1"), result.articles().stream().map(Article::id).toList());
    assertEquals("-:1", result.articles().get(0).origin());
  }

  @Test
  void aCorpusLargerThanOneInputIsReadRecordByRecordWithTheLimitPerRecord() throws IOException {
    IngestOptions small = IngestOptions.defaults().withMaxBytes(4_000);
    StringBuilder corpus = new StringBuilder();
    int records = 10;
    for (int i = 0; i < records; i++) {
      corpus.append(record("r" + i, "text", Samples.BODY, "2024-12-06")).append('\n');
    }
    corpus.append(record("huge", "text", Samples.BODY.repeat(20), "2024-12-06")).append('\n');
    Path file = Files.writeString(dir.resolve("corpus.jsonl"), corpus);
    assertTrue(Files.size(file) > 4_000, "the file is over the per-input limit");

    IngestResult result = new Ingestor(small).ingest(List.of(file.toString()));
    assertEquals(records, result.articles().size(), "every normal record comes through");
    assertEquals(1, result.failures().size());
    Failure huge = result.failures().get(0);
    assertEquals(ErrorCode.SR104, huge.code());
    assertEquals(records + 1, huge.line(), "the oversized record is named by its line");
  }
}
