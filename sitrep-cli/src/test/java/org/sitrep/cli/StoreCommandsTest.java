package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store commands end to end on the bundled examples, with the real pipeline. */
class StoreCommandsTest {
  @TempDir Path dir;

  private static String examples() {
    return Path.of(System.getProperty("sitrep.root", ".."), "examples", "articles").toString();
  }

  @Test
  void ingestTwiceStoresOnceThenQueries() throws Exception {
    String db = dir.resolve("s.duckdb").toString();
    Path bad = Files.writeString(dir.resolve("broken.rss"), "<rss><channel><item>");
    CliRun first = CliRun.of("ingest", "--db", db, examples(), bad.toString());
    assertEquals(0, first.exitCode(), first.err());
    assertTrue(first.err().contains("SR303"), first.err());
    CliRun count = CliRun.of("sql", "--db", db, "SELECT count(*) AS n FROM articles");
    String articles = count.out().lines().skip(1).findFirst().orElse("").strip();
    assertTrue(Integer.parseInt(articles) > 5, count.out());

    CliRun second = CliRun.of("ingest", "--db", db, examples());
    assertEquals(0, second.exitCode(), second.err());
    assertTrue(second.err().contains("0 article(s) stored"), second.err());
    assertEquals(count.out(), CliRun.of("sql", "--db", db, "SELECT count(*) AS n FROM articles").out());

    CliRun csv = CliRun.of("events", "--db", db, "--format", "csv", "--country", "SYR");
    assertEquals(0, csv.exitCode(), csv.err());
    assertTrue(csv.out().startsWith("event_id_cnty,event_date,time_precision,event_type"), csv.out());
    assertTrue(csv.out().lines().skip(1).allMatch(l -> l.startsWith("SYR-")), csv.out());

    CliRun failures = CliRun.of("failures", "--db", db);
    assertTrue(failures.out().contains("SR303"), failures.out());
  }

  @Test
  void sqlErrorsAndMissingStoresAreOneLine() {
    CliRun missing = CliRun.of("sql", "--db", dir.resolve("none.duckdb").toString(), "SELECT 1");
    assertEquals(2, missing.exitCode());
    assertTrue(missing.err().startsWith("SR300"), missing.err());
    assertEquals(1, missing.err().lines().count());
    String db = dir.resolve("e.duckdb").toString();
    org.sitrep.store.Store.open(Path.of(db)).close();
    CliRun bad = CliRun.of("sql", "--db", db, "SELECT nope FROM articles");
    assertEquals(2, bad.exitCode());
    assertTrue(bad.err().startsWith("SR306"), bad.err());
    assertEquals(1, bad.err().lines().count(), bad.err());
    CliRun parquet = CliRun.of("events", "--db", db, "--format", "parquet");
    assertEquals(2, parquet.exitCode());
    assertFalse(parquet.err().contains("Exception"), parquet.err());
  }
}
