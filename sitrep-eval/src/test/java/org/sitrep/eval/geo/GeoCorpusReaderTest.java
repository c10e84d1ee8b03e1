package org.sitrep.eval.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoCorpusReaderTest {
  @TempDir
  Path dir;

  @Test
  void readsRecordsAndReportsBadLinesAndSpans() throws IOException {
    Path file = dir.resolve("dev.jsonl");
    Files.writeString(file, String.join("\n",
        "{\"id\":\"a\",\"text\":\"In Homs.\",\"toponyms\":[{\"start\":3,\"end\":7,\"name\":\"Homs\",\"lat\":34.7,\"lon\":36.7},"
            + "{\"start\":5,\"end\":99,\"name\":\"bad\"}],\"dropped_toponyms\":0}",
        "not json",
        "{\"id\":\"b\",\"text\":\"Syrians.\",\"toponyms\":[{\"start\":0,\"end\":7,\"non_locational\":true}],\"dropped_toponyms\":2}"));
    GeoCorpusReader.Corpus corpus = new GeoCorpusReader().read(file);
    assertEquals(2, corpus.documents().size());
    assertEquals(2, corpus.problems().size(), corpus.problems().toString());
    GeoDocument a = corpus.documents().get(0);
    assertEquals(1, a.gold().size());
    assertTrue(a.gold().get(0).hasCoordinates());
    assertTrue(a.goldComplete());
    GeoDocument b = corpus.documents().get(1);
    assertFalse(b.goldComplete());
    assertFalse(b.gold().get(0).required());
  }

  @Test
  void missingFileIsAProblemNotAnException() {
    GeoCorpusReader.Corpus corpus = new GeoCorpusReader().read(dir.resolve("absent.jsonl"));
    assertTrue(corpus.documents().isEmpty());
    assertEquals(1, corpus.problems().size());
  }
}
