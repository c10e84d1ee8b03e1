package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.error.ErrorCode;
import org.sitrep.error.Failure;
import org.sitrep.model.Article;

class DirectoryIngestTest {
  @TempDir Path dir;

  @Test
  void walksRecursivelyInSortedOrderWithRelativeIds() throws IOException {
    Files.createDirectories(dir.resolve("b/inner"));
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(dir.resolve("b/inner/z.txt"), Samples.ARTICLE);
    Files.writeString(dir.resolve("a.html"), "<html><body><article><h1>Head</h1><p>" + Samples.BODY + "</p></article></body></html>");
    Files.writeString(dir.resolve("b/m.unknownext"), Samples.ARTICLE);
    Files.writeString(dir.resolve(".git/config"), "[core]");
    Files.write(dir.resolve("b/scan.pdf"), new byte[] {'%', 'P', 'D', 'F'});

    IngestResult result = new Ingestor(IngestOptions.defaults()).ingest(List.of(dir.toString()));

    assertEquals(List.of("a", "b/inner/z", "b/m"), result.articles().stream().map(Article::id).toList());
    assertEquals(List.of(ErrorCode.SR111), result.failures().stream().map(Failure::code).toList());
    assertEquals(dir + "/b/inner/z.txt", result.articles().get(1).origin());
  }

  @Test
  void streamingGivesTheSameAsCollecting() throws IOException {
    for (int i = 0; i < 5; i++) {
      Files.writeString(dir.resolve("f" + i + ".txt"), i == 2 ? "" : Samples.ARTICLE);
    }
    Ingestor ingestor = new Ingestor(IngestOptions.defaults());
    IngestResult collected = ingestor.ingest(List.of(dir.toString()));
    List<Article> streamed = new java.util.ArrayList<>();
    List<Failure> failed = new java.util.ArrayList<>();
    ingestor.ingest(List.of(dir.toString()), streamed::add, failed::add);
    assertEquals(collected.articles(), streamed);
    assertEquals(collected.failures(), failed);
    assertEquals(4, streamed.size());
  }
}
