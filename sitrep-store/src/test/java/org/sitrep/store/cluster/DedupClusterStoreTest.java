package org.sitrep.store.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
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
import org.sitrep.store.EventExport;
import org.sitrep.store.EventFilter;
import org.sitrep.store.Store;

class DedupClusterStoreTest {
  private static final String STORY = "Rebel fighters led by Hayat Tahrir al-Sham attacked government positions on the edge "
      + "of Homs on Thursday, and at least twenty soldiers were killed in the fighting, a monitoring group said. "
      + "Residents reported heavy shelling through the night and said many families had left for the coast.";
  private static final Place HOMS = new Place("Homs", "Homs", 169577L, "SYR", "Homs", 34.73, 36.72, PlacePrecision.CITY);
  private static final Place NEAR_HOMS = new Place("Al Qusayr", "Qusayr", 1L, "SYR", "Homs", 34.62, 36.66, PlacePrecision.CITY);
  private static final Actor HTS = new Actor("Hayat Tahrir al-Sham", "hts", "HTS", ActorKind.REBEL, "SYR");

  @TempDir Path dir;

  private static ArticleResult report(String id, String source, String text, Place place, long killed) {
    Article a = new Article(id, "https://" + source + "/" + id, id, LocalDate.of(2024, 12, 5), source, text, id);
    Event e = new Event("ev-" + id, EventType.BATTLE, EventStatus.OCCURRED, HTS, null, place,
        new EventDate("2024-12-05", DatePrecision.DAY, "Thursday"), new Quantity(killed, true, null, null, "" + killed),
        null, null, null, List.of(), a, List.of(new Evidence(id, 0, 20, text.substring(0, 20))), 0.8, null, "attack", null);
    return new ArticleResult(a, List.of(e), List.of(), 1, 1);
  }

  @Test
  void wireCopyIsLinkedAndLeftOutWhileAnotherOutletsReportJoinsTheCluster() throws Exception {
    try (Store store = Store.open(dir.resolve("s.duckdb"))) {
      store.save(report("orig", "a.example", STORY, HOMS, 20));
      store.save(report("copy", "b.example", "HOMS, Syria (Wire) -- " + STORY + " (Reporting by staff)", HOMS, 20));
      store.save(report("other", "c.example", "Government troops lost 32 men near Qusayr as HTS fighters advanced on Thursday.", NEAR_HOMS, 32));
      store.save(report("elsewhere", "d.example", "Unrelated clash far away in Kyiv on Thursday with many words in it.",
          new Place("Kyiv", "Kyiv", 2L, "UKR", "Kyiv", 50.45, 30.52, PlacePrecision.CITY), 3));
      assertEquals(1, new EventClustering(store).rebuild());

      assertEquals("orig", single(store, "SELECT duplicate_of FROM articles WHERE id = 'copy'"));
      assertEquals("orig", single(store, "SELECT duplicate_of FROM events WHERE article_id = 'copy'"));
      assertEquals(null, single(store, "SELECT duplicate_of FROM articles WHERE id = 'other'"));
      assertEquals("cluster:ev-orig", single(store, "SELECT cluster FROM events WHERE id = 'ev-other'"));
      assertEquals("20/20/32", single(store, "SELECT fatalities_low || '/' || fatalities_best || '/' || fatalities_high FROM cluster_summaries"));
      String summary = single(store, "SELECT json FROM cluster_summaries");
      assertTrue(summary.contains("Government troops") && summary.contains("\"article\":\"orig\""), "both members' evidence: " + summary);

      StringWriter out = new StringWriter();
      new EventExport(store).write(EventFilter.none(), EventExport.Format.jsonl, out);
      assertFalse(out.toString().contains("ev-copy"), "a duplicate's events are not listed by default");
      assertTrue(out.toString().contains("\"cluster\":\"cluster:ev-orig\""));
      StringWriter table = new StringWriter();
      assertEquals(1, new ClusterReport(store).write(ClusterReport.Format.table, table));
      assertTrue(table.toString().contains("a.example; c.example"));
    }
  }

  @Test
  void rebuildIsRepeatableAndGoldScoreCountsPairs() throws Exception {
    try (Store store = Store.open(dir.resolve("g.duckdb"))) {
      store.save(report("orig", "a.example", STORY, HOMS, 20));
      store.save(report("other", "c.example", "Government troops lost 32 men near Qusayr as HTS fighters advanced on Thursday.", NEAR_HOMS, 32));
      new EventClustering(store).rebuild();
      new EventClustering(store).rebuild();
      assertEquals(2L, store.count("clusters"));
      Path gold = dir.resolve("gold.jsonl");
      Files.writeString(gold, "{\"event_key\":\"homs\",\"article_id\":\"orig\",\"type\":\"battle\"}\n"
          + "{\"event_key\":\"homs\",\"article_id\":\"other\",\"type\":\"territory_captured\"}\nnot json\n"
          + "{\"event_key\":\"x\",\"article_id\":\"missing\",\"type\":\"protest\"}\n");
      GoldScore.Result r = new GoldScore(store.connection()).score(gold);
      assertEquals(1, r.badLines());
      assertEquals(3, r.rows());
      assertEquals(2, r.matched());
      assertEquals(1.0, r.score().f1(), 1e-9);
      try (Statement s = store.connection().createStatement()) {
        s.execute("DELETE FROM events WHERE article_id = 'other'");
      }
      assertEquals(0, new EventClustering(store).rebuild());
      assertEquals(null, single(store, "SELECT cluster FROM events WHERE id = 'ev-orig'"), "left alone, it leaves its cluster");
      assertTrue(single(store, "SELECT json FROM events WHERE id = 'ev-orig'").contains("\"cluster\":null"));
    }
  }

  private static String single(Store store, String sql) throws SQLException {
    try (Statement s = store.connection().createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getString(1);
    }
  }
}
