package org.sitrep.store.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputCountTest {
  @TempDir Path dir;

  @Test
  void countsJsonlLinesGzipLinesAndOneRecordPerOtherFile() throws IOException {
    Files.writeString(dir.resolve("a.jsonl"), "{\"id\":1}\n\n{\"id\":2}\n  \n{\"id\":3}");
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(dir.resolve("b.jsonl.gz")))) {
      gz.write("{\"id\":4}\n{\"id\":5}\n".getBytes(StandardCharsets.UTF_8));
    }
    Files.writeString(dir.resolve("c.txt"), "One article.\nTwo lines.\n");
    Files.createDirectories(dir.resolve(".hidden"));
    Files.writeString(dir.resolve(".hidden/d.txt"), "skipped by the reader, so not counted");
    assertEquals(OptionalLong.of(6), InputCount.records(List.of(dir.toString())));
    assertEquals(OptionalLong.of(3), InputCount.records(List.of(dir.resolve("a.jsonl").toString())));
  }

  @Test
  void feedsAndArchivesGiveNoEstimateAndMissingFilesCountAsOne() throws IOException {
    Files.writeString(dir.resolve("f.rss"), "<rss/>");
    assertTrue(InputCount.records(List.of(dir.resolve("f.rss").toString())).isEmpty());
    assertEquals(OptionalLong.of(1), InputCount.records(List.of(dir.resolve("missing.jsonl").toString())));
  }
}
