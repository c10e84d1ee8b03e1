package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.Store;

/** `sitrep bench-store` reports both queries on an empty store and fails cleanly without one. */
class GenerateQueryBenchTest {
  @TempDir Path dir;

  @Test
  void emptyStoreGivesZeroRowsForBothQueries() {
    Path db = dir.resolve("empty.duckdb");
    Store.open(db).close();
    CliRun run = CliRun.of("bench-store", "--db", db.toString(), "--runs", "3");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("events --format jsonl: 0 rows; median"), run.out());
    assertTrue(run.out().contains("sql \"SELECT json FROM events WHERE"), run.out());
    assertEquals(3, run.out().lines().count(), run.out());
  }

  @Test
  void missingStoreIsOneErrorLine() {
    CliRun run = CliRun.of("bench-store", "--db", dir.resolve("none.duckdb").toString());
    assertEquals(2, run.exitCode());
    assertEquals(1, run.err().lines().count(), run.err());
  }
}
