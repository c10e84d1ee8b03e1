package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `sitrep control` through the real CLI on two made-up articles: rebels seize a town, the army retakes it. */
class ControlCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static void writeArticles(Path dir) throws IOException {
    Files.writeString(dir.resolve("rastan-1.txt"), "Rebels seize Rastan from Syrian army\n\n"
        + "HOMS, Syria — Hayat Tahrir al-Sham fighters seized the town of Rastan from the Syrian army on Monday, the group said.\n");
    Files.writeString(dir.resolve("rastan-2.txt"), "Syrian army says it retook Rastan\n\n"
        + "DAMASCUS — The Syrian army said it recaptured Rastan from Hayat Tahrir al-Sham on Thursday after heavy fighting.\n");
  }

  @Test
  void rebelsSeizeThenArmyRetakes(@TempDir Path dir) throws IOException {
    writeArticles(dir);
    CliRun run = CliRun.of("control", "Rastan", "--format", "jsonl", "--published", "2024-12-06", dir.toString());
    assertEquals(0, run.exitCode(), run.err());
    List<JsonNode> rows = new ArrayList<>();
    JsonNode holder = null;
    for (String line : run.out().split("\n")) {
      JsonNode n = JSON.readTree(line);
      if (n.path("kind").asText().equals("holder")) {
        holder = n;
      } else {
        rows.add(n);
      }
    }
    assertEquals(2, rows.size(), run.out());
    assertTrue(rows.get(0).path("gained_by").path("name").asText().contains("Tahrir"), rows.get(0).toString());
    assertTrue(rows.get(0).path("date").asText().compareTo(rows.get(1).path("date").asText()) < 0, "ordered by date");
    assertTrue(rows.get(1).path("gained_by").path("kind").asText().equals("state_military"), rows.get(1).toString());
    assertTrue(rows.get(1).path("lost_by").path("name").asText().contains("Tahrir"), rows.get(1).toString());
    assertTrue(rows.get(1).path("evidence").path("text").asText().contains("Rastan"));
    assertEquals(1, holder.path("holders").size());
    assertEquals(rows.get(1).path("gained_by"), holder.path("holders").get(0), "the army holds Rastan at the end");
  }

  @Test
  void tableEndsWithTheHolder(@TempDir Path dir) throws IOException {
    writeArticles(dir);
    CliRun run = CliRun.of("control", "Rastan", "--published", "2024-12-06", dir.toString());
    assertEquals(0, run.exitCode(), run.err());
    List<String> lines = List.of(run.out().split("\n"));
    assertTrue(lines.get(0).startsWith("date"), run.out());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("2 control changes for Rastan; holder now: ")), run.out());
  }
}
