package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.export.EventJson;

class ExamplesEvalTest {
  @Test
  void scoresAFileWrittenByEventJson(@TempDir Path dir) throws Exception {
    Path gold = Files.createDirectory(dir.resolve("gold"));
    GoldEvent g = ScorerTest.CAPTURE;
    Files.writeString(gold.resolve("a1.jsonl"), "{\"article_id\":\"a1\",\"n\":\"1\",\"type\":\"territory_captured\","
        + "\"status\":\"occurred\",\"actor\":null,\"place\":null,\"sentence\":\"" + g.sentences().get(0) + "\"}\n");
    Path system = dir.resolve("system.jsonl");
    Files.writeString(system, new EventJson().line(Build.perfect(g)) + "\nnot json\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int rc = ExamplesEval.run(new String[] {gold.toString(), system.toString()}, print(out), print(new ByteArrayOutputStream()));
    String md = out.toString(StandardCharsets.UTF_8);
    assertEquals(0, rc);
    assertTrue(md.contains("| all events | 1 | 0 | 0 | 1.00 | 1.00 | 1.00 |"), md);
    assertTrue(md.contains("## Input problems"), "the bad line is reported: " + md);
  }

  @Test
  void wrongArgumentsOrMissingFileGiveStatusTwo(@TempDir Path dir) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertEquals(2, ExamplesEval.run(new String[] {"only-one"}, print(new ByteArrayOutputStream()), print(err)));
    assertEquals(2, ExamplesEval.run(new String[] {dir.toString(), dir.resolve("none.jsonl").toString()},
        print(new ByteArrayOutputStream()), print(err)));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage"));
  }

  private static PrintStream print(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }
}
