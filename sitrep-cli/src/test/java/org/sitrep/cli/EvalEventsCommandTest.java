package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** `sitrep eval events` end to end on tiny fixture sets (loads CoreNLP). */
class EvalEventsCommandTest {
  private static Path fixtures() throws URISyntaxException {
    return Path.of(EvalEventsCommandTest.class.getResource("/eval-events/subtypes.jsonl").toURI()).getParent();
  }

  @Test
  void scoresEachJsonlSetAndReportsBadLines() throws URISyntaxException {
    Path dir = fixtures();
    CliRun run = CliRun.of("eval", "events", "--data", dir.toString(), "--ucdp", dir.resolve("ucdp.jsonl").toString(),
        "--sets", "subtypes,displacement,negatives,ucdp", "--threads", "1");
    assertEquals(0, run.exitCode(), run.err());
    for (String section : new String[] {"## subtypes", "## displacement", "## negatives", "## ucdp"}) {
      assertTrue(run.out().contains(section), section + " missing:\n" + run.out());
    }
    assertTrue(run.out().contains("Records: 2."), run.out());
    assertTrue(run.err().contains("SR105") && run.err().contains("line 2"), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
    assertJudged(run.out(), "displacement event found", 1);
    assertJudged(run.out(), "all", 1);
    assertJudged(run.out(), "place within 50 km (headline names the place)", 1);
    assertJudged(run.out(), "deaths equal deaths_best (headline states them)", 1);
    assertJudged(run.out(), "a named side found (headline names one)", 1);
  }

  @Test
  void absentSetsAreSkippedAndNothingToRunIsAnError() {
    CliRun run = CliRun.of("eval", "events", "--data", "no-such-dir", "--ucdp", "no-such.jsonl",
        "--sets", "subtypes,ucdp,bogus");
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains("skipping subtypes") && run.err().contains("skipping bogus"), run.err());
  }

  /** The row's rate cell reads "x.xxx (right/judged)" with the given number judged. */
  private static void assertJudged(String report, String rowLabel, int judged) {
    Matcher m = Pattern.compile("\\| " + Pattern.quote(rowLabel) + " \\| (\\d\\.\\d{3}) \\((\\d+)/(\\d+)\\)").matcher(report);
    assertTrue(m.find(), rowLabel + " missing:\n" + report);
    assertEquals(judged, Integer.parseInt(m.group(3)), rowLabel);
    assertTrue(Integer.parseInt(m.group(2)) <= judged, rowLabel);
  }
}
