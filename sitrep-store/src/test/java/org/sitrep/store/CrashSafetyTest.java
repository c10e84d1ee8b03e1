package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills an ingesting child JVM with SIGKILL at random moments, restarts it each time, and then lets
 * it finish: every article must be stored exactly once with all its events. The number of kills
 * is -Dsitrep.crash.kills (default 3; the run uses 100).
 */
class CrashSafetyTest {
  private static final int ARTICLES = 300;
  @TempDir Path dir;

  @Test
  void killedIngestLosesAndDoublesNothing() throws Exception {
    Path input = ChildJvm.corpus(dir, "a", ARTICLES, 11);
    Path db = dir.resolve("crash.duckdb");
    Random random = new Random(Long.getLong("sitrep.crash.seed", System.nanoTime()));
    int kills = Integer.getInteger("sitrep.crash.kills", 3);
    for (int i = 0; i < kills; i++) {
      Process child = start(db, input);
      if (!child.waitFor(200 + random.nextInt(2500), TimeUnit.MILLISECONDS)) {
        child.destroyForcibly().waitFor();
      }
    }
    Process last = start(db, input);
    assertEquals(0, last.waitFor(), "the final, unkilled run must finish");
    try (Store store = Store.openReadOnly(db)) {
      assertEquals(ARTICLES, store.count("articles"));
      assertEveryArticleHasAllItsEvents(store);
    }
  }

  private Process start(Path db, Path input) throws IOException {
    return ChildJvm.of(dir, CrashChild.class, db.toString(), input.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
  }

  /** The fake pipeline is deterministic: re-processing the stored text must give the stored event count. */
  static void assertEveryArticleHasAllItsEvents(Store store) throws Exception {
    try (Statement s = store.connection().createStatement();
         ResultSet r = s.executeQuery("SELECT a.id, a.text, (SELECT count(*) FROM events e WHERE e.article_id = a.id)"
             + " FROM articles a")) {
      while (r.next()) {
        int expected = Fixtures.process(Fixtures.article(r.getString(1), null, r.getString(2))).events().size();
        assertEquals(expected, r.getInt(3), "events of " + r.getString(1));
      }
    }
  }
}
