package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventExportTest {
  @TempDir Path dir;
  private Path db;

  @BeforeEach
  void fill() {
    db = dir.resolve("e.duckdb");
    Random random = new Random(7);
    try (Store store = Store.open(db)) {
      for (int i = 0; i < 20; i++) {
        store.save(Fixtures.process(Fixtures.article("art" + i, null, Fixtures.randomText(random))));
      }
    }
  }

  private int count(EventFilter filter) throws Exception {
    try (Store store = Store.openReadOnly(db)) {
      return new EventExport(store).write(filter, EventExport.Format.jsonl, new StringWriter());
    }
  }

  private long sql(String query) throws Exception {
    try (Store store = Store.openReadOnly(db); Statement s = store.connection().createStatement();
         ResultSet r = s.executeQuery(query)) {
      r.next();
      return r.getLong(1);
    }
  }

  @Test
  void filtersAgreeWithTheSameConditionInSql() throws Exception {
    EventFilter all = EventFilter.none();
    assertEquals(sql("SELECT count(*) FROM events"), count(all));
    assertEquals(sql("SELECT count(*) FROM events WHERE country = 'SYR'"),
        count(new EventFilter("syr", null, null, null, null, null, null, null)));
    assertEquals(sql("SELECT count(*) FROM events WHERE type = 'battle'"),
        count(new EventFilter(null, "BATTLE", null, null, null, null, null, null)));
    assertEquals(sql("SELECT count(*) FROM events WHERE actor = 'Russia'"),
        count(new EventFilter(null, null, "russ", null, null, null, null, null)));
    LocalDate since = LocalDate.of(2024, 11, 10);
    LocalDate until = LocalDate.of(2024, 11, 20);
    assertEquals(sql("SELECT count(*) FROM events WHERE date BETWEEN DATE '2024-11-10' AND DATE '2024-11-20'"),
        count(new EventFilter(null, null, null, since, until, null, null, null)));
    double[] syriaBox = EventFilter.parseBbox("35,32,42,37.5");
    assertEquals(sql("SELECT count(*) FROM events WHERE country = 'SYR'"),
        count(new EventFilter(null, null, null, null, null, syriaBox, null, null)));
    assertEquals(3, count(new EventFilter(null, null, null, null, null, null, "occurred", 3)));
    assertEquals(0, count(new EventFilter(null, null, null, null, null, null, "denied", null)));
  }

  @Test
  void quotesInFilterValuesAreDataNotSql() throws Exception {
    assertEquals(0, count(new EventFilter("X' OR '1'='1", null, "a'b", null, null, null, null, null)));
  }

  @Test
  void controlCharactersInFilterValuesNeitherBreakNorWidenTheQuery() throws Exception {
    long syria = count(new EventFilter("SYR", null, null, null, null, null, null, null));
    assertEquals(syria, count(new EventFilter("S\u0000YR", null, null, null, null, null, null, null)));
    assertEquals(0, count(new EventFilter("X\u0000' OR '1'='1", null, null, null, null, null, null, null)));
  }

  @Test
  void csvHasAcledColumnsThenExtrasAndOneRowPerEvent() throws Exception {
    StringWriter out = new StringWriter();
    try (Store store = Store.openReadOnly(db)) {
      new EventExport(store).write(EventFilter.none(), EventExport.Format.csv, out);
    }
    List<String> lines = out.toString().lines().toList();
    List<String> header = List.of(lines.get(0).split(","));
    assertEquals(AcledColumns.ACLED, header.subList(0, AcledColumns.ACLED.size()));
    assertEquals(AcledColumns.EXTRAS, header.subList(AcledColumns.ACLED.size(), header.size()));
    assertEquals(sql("SELECT count(*) FROM events"), lines.size() - 1);
    String first = lines.get(1);
    assertTrue(first.startsWith("SYR-") || first.startsWith("UKR-"), first);
    assertTrue(first.contains(",1,"), "city precision is ACLED geo_precision 1: " + first);
  }

  @Test
  void csvNamesCountriesAsAcledDoesAndListsAssociatedActors() throws Exception {
    StringWriter out = new StringWriter();
    try (Store store = Store.openReadOnly(db)) {
      new EventExport(store).write(EventFilter.none(), EventExport.Format.csv, out);
    }
    Path csv = dir.resolve("acled.csv");
    java.nio.file.Files.writeString(csv, out.toString());
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
         ResultSet r = s.executeQuery("SELECT country, iso3, count(*), min(assoc_actor_1), count(assoc_actor_2) FROM read_csv('"
             + csv.toAbsolutePath() + "', header = true) GROUP BY ALL ORDER BY country")) {
      assertTrue(r.next());
      assertEquals(List.of("Syria", "SYR"), List.of(r.getString(1), r.getString(2)));
      assertEquals(sql("SELECT count(*) FROM events WHERE country = 'SYR'"), r.getLong(3));
      assertEquals(null, r.getString(4), "no associated actor was coded for the Syrian events");
      assertTrue(r.next());
      assertEquals(List.of("Ukraine", "UKR", "Belarus"), List.of(r.getString(1), r.getString(2), r.getString(4)));
      assertEquals(0, r.getLong(5));
    }
  }

  @Test
  void everyCountryCodeHasAName() {
    assertEquals("Democratic Republic of Congo", CountryNames.acled().get("COD"), "ACLED's spelling wins");
    assertEquals("Syria", CountryNames.acled().get("SYR"));
    assertTrue(CountryNames.acled().size() > 240, "every country of world-countries: " + CountryNames.acled().size());
  }

  @Test
  void parquetReadsBackThroughDuckDb() throws Exception {
    Path file = dir.resolve("out.parquet");
    try (Store store = Store.openReadOnly(db)) {
      new EventExport(store).parquet(new EventFilter("UKR", null, null, null, null, null, null, null), file);
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
         ResultSet r = s.executeQuery("SELECT count(*), min(country), max(iso3), count(event_json) FROM '"
             + file.toAbsolutePath() + "'")) {
      r.next();
      assertEquals(sql("SELECT count(*) FROM events WHERE country = 'UKR'"), r.getLong(1));
      assertEquals("Ukraine", r.getString(2));
      assertEquals("UKR", r.getString(3));
      assertEquals(r.getLong(1), r.getLong(4));
    }
  }

  @Test
  void tableAndGeoJsonComeFromTheStoredJson() throws Exception {
    StringWriter geo = new StringWriter();
    try (Store store = Store.openReadOnly(db)) {
      int n = new EventExport(store).write(EventFilter.none(), EventExport.Format.geojson, geo);
      assertEquals(n, geo.toString().split("\"Feature\"", -1).length - 1);
      assertTrue(new EventExport(store).write(EventFilter.none(), EventExport.Format.table, new StringWriter()) > 0);
    }
  }

  @Test
  void sqlPrintsATableAndRefusesWritesOnAReadOnlyStore() throws Exception {
    try (Store store = Store.openReadOnly(db)) {
      StringWriter out = new StringWriter();
      assertEquals(20, SqlQuery.run(store, "SELECT id, title FROM articles", out));
      assertTrue(out.toString().startsWith("id"), out.toString());
      StoreException bad = assertThrows(StoreException.class, () -> SqlQuery.run(store, "DELETE FROM articles", new StringWriter()));
      assertTrue(bad.getMessage().startsWith("SR306"), bad.getMessage());
      assertThrows(StoreException.class, () -> SqlQuery.run(store, "SELEC nonsense", new StringWriter()));
    }
  }
}
