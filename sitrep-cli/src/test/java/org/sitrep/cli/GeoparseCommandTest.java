package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `sitrep geoparse` and `sitrep eval geoparse` end to end through the real CLI (loads CoreNLP). */
class GeoparseCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String RAW = "  Shelling hit Aleppo and Homs on Monday.\n\n  Families fled to Idlib, Syria.";

  @TempDir
  Path dir;

  @Test
  void jsonlTextIsUsedAsIsAndOffsetsIndexIntoIt() throws IOException {
    Path file = dir.resolve("in.jsonl");
    Files.writeString(file, MAPPER.createObjectNode().put("id", "r1").put("text", RAW) + "\n");
    CliRun run = CliRun.of("geoparse", file.toString());
    assertEquals(0, run.exitCode(), run.err());
    JsonNode line = MAPPER.readTree(run.out().lines().findFirst().orElseThrow());
    assertEquals("r1", line.get("id").asText());
    assertTrue(line.get("toponyms").size() >= 3, line.toString());
    for (JsonNode t : line.get("toponyms")) {
      assertEquals(t.get("text").asText(), RAW.substring(t.get("start").asInt(), t.get("end").asInt()));
      assertTrue(t.get("country").asText().matches("[A-Z]{3}"), t.toString());
    }
  }

  @Test
  void badRecordsGetOneLineEachAndTheRestIsParsed() throws IOException {
    Path file = dir.resolve("mixed.jsonl");
    Files.writeString(file, String.join("\n", "{\"id\":\"empty\",\"text\":\"\"}", "not json",
        "{\"id\":\"arabic\",\"text\":\"قصف على حلب وحمص يوم الاثنين\"}",
        "{\"id\":\"none\",\"text\":\"Nothing here has a name at all.\"}"));
    CliRun run = CliRun.of("geoparse", file.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(2, run.out().lines().count(), run.out());
    assertTrue(run.err().contains("SR106") && run.err().contains("SR105"), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
  }

  @Test
  void manyPlaceNamesGiveAResult() throws IOException {
    String text = String.join(", ", java.util.Collections.nCopies(1500, "Aleppo, Homs and Idlib")) + ".";
    Path file = dir.resolve("many.jsonl");
    Files.writeString(file, MAPPER.createObjectNode().put("id", "many").put("text", text) + "\n");
    CliRun run = CliRun.of("geoparse", "--format", "table", file.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().lines().count() > 1000, "lines: " + run.out().lines().count());
  }

  @Test
  void evalScoresPresentSetsAndSkipsAbsentOnes() throws IOException {
    Path set = Files.createDirectories(dir.resolve("data/lgl"));
    String gold = "{\"start\":13,\"end\":19,\"name\":\"Aleppo\",\"lat\":36.2,\"lon\":37.16}";
    Files.writeString(set.resolve("dev.jsonl"), "{\"id\":\"g1\",\"text\":\"Shelling hit Aleppo on Monday.\","
        + "\"toponyms\":[" + gold + "],\"dropped_toponyms\":0}\n");
    CliRun run = CliRun.of("eval", "geoparse", "--data", dir.resolve("data").toString());
    assertEquals(0, run.exitCode(), run.err());
    List<String> rows = run.out().lines().filter(l -> l.startsWith("| lgl ")).toList();
    assertEquals(1, rows.size(), run.out());
    assertTrue(rows.get(0).contains("| 1.000 | 1.000 | 1.000 |"), rows.get(0));
    assertTrue(run.err().contains("skipping geovirus"), run.err());
  }
}
