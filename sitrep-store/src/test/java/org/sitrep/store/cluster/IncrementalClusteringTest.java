package org.sitrep.store.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Article;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventStatus;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Place;
import org.sitrep.model.PlacePrecision;
import org.sitrep.model.Quantity;
import org.sitrep.pipeline.ArticleResult;
import org.sitrep.store.Store;

/** Updating the clusters of the countries a run touched gives what a full rebuild gives. */
class IncrementalClusteringTest {
  private static final Place HOMS = new Place("Homs", "Homs", 169577L, "SYR", "Homs", 34.73, 36.72, PlacePrecision.CITY);
  private static final Place QUSAYR = new Place("Al Qusayr", "Qusayr", 1L, "SYR", "Homs", 34.62, 36.66, PlacePrecision.CITY);
  private static final Place KYIV = new Place("Kyiv", "Kyiv", 2L, "UKR", "Kyiv", 50.45, 30.52, PlacePrecision.CITY);

  @TempDir Path dir;

  private static ArticleResult report(String id, String text, Place place, long killed) {
    Article a = new Article(id, "https://" + id + ".example/" + id, id, LocalDate.of(2024, 12, 5), id + ".example", text, id);
    Event e = new Event("ev-" + id, EventType.BATTLE, EventStatus.OCCURRED,
        new Actor("Rebels", null, "rebels", ActorKind.REBEL, place.country()), null, place,
        new EventDate("2024-12-05", DatePrecision.DAY, "Thursday"), new Quantity(killed, true, null, null, "" + killed),
        null, null, null, List.of(), a, List.of(new Evidence(id, 0, 10, text.substring(0, 10))), 0.8, null, "clash", null);
    return new ArticleResult(a, List.of(e), List.of(), 1, 1);
  }

  private static final List<ArticleResult> FIRST = List.of(
      report("homs1", "Rebels and troops clashed on the edge of Homs on Thursday; twenty soldiers died.", HOMS, 20),
      report("kyiv1", "A clash north of Kyiv on Thursday killed three, officials in the capital said.", KYIV, 3),
      report("kyiv2", "Three people died on Thursday in fighting near Kyiv, according to local officials.", KYIV, 3));
  private static final List<ArticleResult> SECOND = List.of(
      report("qusayr", "Government troops lost 32 men near Qusayr as rebels advanced on Thursday evening.", QUSAYR, 32));

  @Test
  void updatingTheTouchedCountriesMatchesAFullRebuild() throws Exception {
    List<String> incremental;
    List<String> kyivBefore;
    try (Store store = Store.open(dir.resolve("incremental.duckdb"))) {
      FIRST.forEach(store::save);
      new EventClustering(store).update(CountryFilter.of(Set.of("SYR", "UKR")));
      kyivBefore = rows(store, "SELECT id, event_id FROM clusters WHERE event_id LIKE 'ev-kyiv%' ORDER BY 2");
      SECOND.forEach(store::save);
      assertEquals(1, new EventClustering(store).update(CountryFilter.of(Set.of("SYR"))), "the Homs cluster");
      assertEquals(kyivBefore, rows(store, "SELECT id, event_id FROM clusters WHERE event_id LIKE 'ev-kyiv%' ORDER BY 2"),
          "Ukraine's cluster is left as it was");
      incremental = state(store);
    }
    try (Store store = Store.open(dir.resolve("full.duckdb"))) {
      FIRST.forEach(store::save);
      SECOND.forEach(store::save);
      assertEquals(2, new EventClustering(store).rebuild());
      assertEquals(state(store), incremental);
    }
    assertEquals(2, kyivBefore.size(), "the two Kyiv reports form one cluster: " + kyivBefore);
  }

  @Test
  void anEmptyUpdateWritesNothing() throws Exception {
    try (Store store = Store.open(dir.resolve("empty.duckdb"))) {
      FIRST.forEach(store::save);
      assertEquals(0, new EventClustering(store).update(CountryFilter.of(Set.of())));
      assertTrue(rows(store, "SELECT id FROM clusters").isEmpty());
    }
  }

  private static List<String> state(Store store) throws SQLException {
    List<String> all = new ArrayList<>();
    all.addAll(rows(store, "SELECT id || ' ' || event_id FROM clusters ORDER BY 1"));
    all.addAll(rows(store, "SELECT id || ' ' || events || ' ' || articles || ' ' || fatalities_best FROM cluster_summaries ORDER BY 1"));
    all.addAll(rows(store, "SELECT id || ' ' || coalesce(cluster, '-') FROM events ORDER BY 1"));
    return all;
  }

  private static List<String> rows(Store store, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = store.connection().createStatement(); ResultSet r = s.executeQuery(sql)) {
      int columns = r.getMetaData().getColumnCount();
      while (r.next()) {
        String[] cells = new String[columns];
        for (int i = 0; i < columns; i++) {
          cells[i] = r.getString(i + 1);
        }
        out.add(String.join(" ", Arrays.asList(cells)));
      }
    }
    return out;
  }
}
