package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class StoreProgressTest {
  @Test
  void lineShowsShareRateAndTimeLeftFromTheRecentRate() {
    StoreProgress p = new StoreProgress(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), true,
        OptionalLong.of(1000));
    for (int i = 0; i < 100; i++) {
      p.run();
    }
    String line = p.line(System.nanoTime());
    assertTrue(line.startsWith("sitrep: 100 of 1,000 record(s) (10%), "), line);
    assertTrue(line.matches(".*/s, ETA \\d+m\\d\\ds"), line);
  }

  @Test
  void withoutAKnownTotalThereIsNoEta() {
    StoreProgress p = new StoreProgress(System.err, false, OptionalLong.empty());
    p.run();
    assertTrue(p.line(System.nanoTime()).matches("sitrep: 1 record\\(s\\) done, [0-9.]+/s"), p.line(System.nanoTime()));
  }

  @Test
  void durationsReadAsHoursAndMinutesOrMinutesAndSeconds() {
    assertEquals("2h05m", StoreProgress.duration(7500));
    assertEquals("3m07s", StoreProgress.duration(187));
  }

  @Test
  void quietWhenNotOnATerminal() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StoreProgress p = new StoreProgress(new PrintStream(out, true, StandardCharsets.UTF_8), false, OptionalLong.of(5));
    for (int i = 0; i < 5; i++) {
      p.run();
    }
    p.finish();
    assertEquals(0, out.size());
  }
}
