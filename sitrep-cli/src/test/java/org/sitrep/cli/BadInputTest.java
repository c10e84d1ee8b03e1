package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batch contract, end to end through the real CLI: every bad input gets one clear line on
 * stderr naming the file (and line), good articles still come out, the summary counts both, the
 * exit code is 0 when something was processed and 2 when nothing could be, and no stack trace.
 */
class BadInputTest {
  @TempDir
  static Path dir;

  @BeforeAll
  static void writeInputs() throws IOException {
    Files.writeString(dir.resolve("a-good.txt"), "Rebels seize town\n\nKHARTOUM, Dec 6, 2024 (Meridian) — "
        + "Fighters of the Rapid Support Forces seized the town of Sennar on Thursday, residents said.");
    Files.writeString(dir.resolve("b-empty.txt"), "");
    Files.write(dir.resolve("c-binary.txt"), new byte[] {0, 1, 2, 3, 0, 5, 6, 0, 8, 9});
    Files.write(dir.resolve("d-bad-utf8.txt"), new byte[] {'O', 'k', '\n', (byte) 0xFF, (byte) 0xFE, 'x'});
    Files.writeString(dir.resolve("e-french.txt"), "Les rebelles ont pris la ville\n\nLes combattants ont pris "
        + "le contrôle de la ville après des combats avec l'armée, selon les habitants qui ont fui vers le sud. "
        + "Des milliers de familles se sont réfugiées dans les villages voisins, où les organisations humanitaires "
        + "distribuent de la nourriture et de l'eau. Le gouvernement a promis une contre-offensive dans les jours "
        + "qui viennent, mais les habitants craignent de nouveaux combats et la fermeture des routes vers la capitale.");
    try (RandomAccessFile big = new RandomAccessFile(dir.resolve("f-huge.txt").toFile(), "rw")) {
      big.setLength(20L * 1024 * 1024);
    }
    Files.writeString(dir.resolve("g-nobody.html"), "<html><head><title>x</title></head></html>");
    Files.writeString(dir.resolve("h-records.jsonl"), "{\"id\":\"r1\",\"text\":\"Gunmen killed five villagers in Zamfara on Monday.\"}\n"
        + "{broken json\n{\"id\":\"r3\"}\n");
  }

  @Test
  void oneBadArticleNeverStopsTheBatch() {
    CliRun run = CliRun.of("extract", "--format", "jsonl", "--published", "2024-12-06", dir.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertFalse(run.err().contains("Exception"), "no stack trace for user mistakes:\n" + run.err());
    assertFalse(run.err().contains("\tat "), run.err());
    for (String expected : new String[] {"SR103", "SR102", "SR101", "SR108", "SR104", "SR107", "SR105", "SR106"}) {
      assertTrue(run.err().contains(expected), expected + " reported:\n" + run.err());
    }
    assertTrue(run.err().contains("h-records.jsonl line 2"), "JSONL failures name the line:\n" + run.err());
    assertTrue(run.err().contains("2 article(s) ok, 8 failed"), run.err());
    assertTrue(run.out().contains("\"article\":{\"id\":\"r1\""), "JSONL record ids are article ids");
    assertTrue(run.out().contains("a-good"), "the good text article still produces events");
  }

  @Test
  void nothingProcessableExitsTwo() {
    CliRun run = CliRun.of("extract", dir.resolve("b-empty.txt").toString(), dir.resolve("missing.txt").toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("SR109"), run.err());
    assertTrue(run.err().contains("0 article(s) ok, 2 failed"), run.err());
  }

  @Test
  void aBadOptionIsOneLineNotATrace() {
    CliRun run = CliRun.of("extract", "--published", "yesterday", dir.resolve("a-good.txt").toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("SR110"), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
  }

  @Test
  void csvHasOneHeaderWhateverTheNumberOfArticles() {
    CliRun run = CliRun.of("extract", "--format", "csv", "--published", "2024-12-06",
        dir.resolve("a-good.txt").toString(), dir.resolve("h-records.jsonl").toString());
    assertEquals(0, run.exitCode(), run.err());
    long headers = run.out().lines().filter(l -> l.startsWith("id,article_id,")).count();
    assertEquals(1, headers, run.out());
    assertTrue(run.out().lines().count() >= 3, "a header and a row per event of both articles:\n" + run.out());
  }
}
