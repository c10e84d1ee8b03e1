package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventOrderTest {
  @TempDir Path dir;

  @Test
  void sortingKeepsEveryEventAndEveryAnswerAndPutsCountryThenDateInStorageOrder() throws Exception {
    Path db = dir.resolve("o.duckdb");
    Random random = new Random(11);
    String before;
    try (Store store = Store.open(db)) {
      for (int i = 0; i < 30; i++) {
        store.save(Fixtures.process(Fixtures.article("a" + i, "https://x.example/" + i, Fixtures.randomText(random))));
      }
      before = export(store);
      assertEquals(store.count("events"), EventOrder.sort(store));
      assertEquals(before, export(store), "the same events, in the same output order");
      List<String> stored = storageOrder(store);
      List<String> sorted = new ArrayList<>(stored);
      sorted.sort(null);
      assertEquals(sorted, stored);
      assertTrue(stored.stream().distinct().count() > 2, "several countries and dates to order: " + stored);
    }
    try (Store reopened = Store.openReadOnly(db)) {
      assertEquals(before, export(reopened), "the order survives reopening");
    }
  }

  @Test
  void ingestResortsOnlyWhenTheUnsortedTailReachesItsShare() throws Exception {
    try (Store store = Store.open(dir.resolve("t.duckdb"))) {
      Random random = new Random(5);
      for (int i = 0; i < 30; i++) {
        store.save(Fixtures.process(Fixtures.article("b" + i, "https://y.example/" + i, Fixtures.randomText(random))));
      }
      long total = store.count("events");
      assertTrue(total >= 40, "enough events for a 5% threshold above one: " + total);
      assertEquals(total, EventOrder.sort(store));
      assertEquals(0, EventOrder.sortIfWorthIt(store, 1), "one new event in " + total + " is not worth a rewrite");
      assertEquals(1, store.inTransaction(EventOrder::unsorted));
      long rest = (total * EventOrder.RESORT_PERCENT + 99) / 100 - 1;
      assertEquals(total, EventOrder.sortIfWorthIt(store, rest), "the tail reached its share");
      assertEquals(0, store.inTransaction(EventOrder::unsorted));
    }
  }

  private static String export(Store store) throws java.io.IOException {
    StringWriter out = new StringWriter();
    new EventExport(store).write(EventFilter.none(), EventExport.Format.jsonl, out);
    return out.toString();
  }

  /** country|date of each event in the order the table stores them. */
  private static List<String> storageOrder(Store store) throws Exception {
    List<String> rows = new ArrayList<>();
    try (Statement s = store.connection().createStatement();
         ResultSet r = s.executeQuery("SELECT country || '|' || date FROM events ORDER BY rowid")) {
      while (r.next()) {
        rows.add(r.getString(1));
      }
    }
    return rows;
  }
}
