package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.error.ErrorCode;
import org.sitrep.error.Failure;
import org.sitrep.model.Article;

class StoreTest {
  @TempDir Path dir;

  @Test
  void emptyDatabaseGetsEveryMigration() {
    try (Store store = Store.open(dir.resolve("sub/new.duckdb"))) {
      assertEquals(Migrations.all().size(), store.count("schema_version"));
      assertEquals(0, store.count("events"));
    }
  }

  @Test
  void existingDatabaseGetsOnlyTheMissingMigrationsAndKeepsItsRows() throws Exception {
    Path db = dir.resolve("old.duckdb");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db)) {
      assertEquals(1, Migrations.apply(c, 1));
      try (Statement s = c.createStatement()) {
        s.execute("INSERT INTO articles (id, content_hash, text, ingested_at) VALUES ('a', 'h', 't', now())");
      }
    }
    try (Store store = Store.open(db)) {
      assertEquals(Migrations.all().get(Migrations.all().size() - 1).version(), Migrations.version(store.connection()));
      assertEquals(1, store.count("articles"));
    }
    try (Store again = Store.open(db)) {
      assertEquals(Migrations.all().size(), again.count("schema_version"));
    }
  }

  @Test
  void savesArticleEventsPlacesAndActorsTogether() throws Exception {
    try (Store store = Store.open(dir.resolve("s.duckdb"))) {
      Article a = Fixtures.article("a1", "https://example.org/a1", "One clash. Two clashes. Three.");
      store.save(Fixtures.process(a));
      assertEquals(1, store.count("articles"));
      assertEquals(3, store.count("events"));
      try (Statement s = store.connection().createStatement();
           ResultSet r = s.executeQuery("SELECT count(*) FROM events e JOIN places p ON e.place_id = p.id"
               + " JOIN actors x ON e.actor_key = x.id")) {
        r.next();
        assertEquals(3, r.getLong(1));
      }
    }
  }

  @Test
  void admissionTellsSameArticleUrlContentAndIdClash() {
    try (Store store = Store.open(dir.resolve("a.duckdb"))) {
      Article a = Fixtures.article("a1", "https://example.org/a1", "Fighters clashed. Again.");
      assertEquals(Admission.NEW, store.admit(a));
      store.save(Fixtures.process(a));
      assertEquals(Admission.SAME_ARTICLE, store.admit(a));
      assertEquals(Admission.SAME_URL, store.admit(Fixtures.article("b", "https://example.org/a1", "Other text.")));
      assertEquals(Admission.SAME_CONTENT, store.admit(Fixtures.article("c", null, "Fighters  clashed.\nAgain.")));
      assertEquals(Admission.ID_CLASH, store.admit(Fixtures.article("a1", null, "Changed text.")));
    }
  }

  @Test
  void aFailedSaveLeavesNothingOfTheArticle() {
    try (Store store = Store.open(dir.resolve("f.duckdb"))) {
      store.save(Fixtures.process(Fixtures.article("a1", null, "One. Two.")));
      // same event ids under a new article id: the event insert fails after the article row went in
      Article clash = new Article("a2", null, "t", null, null, "One. Two. Three.", "x");
      var result = new org.sitrep.pipeline.ArticleResult(clash, Fixtures.process(Fixtures.article("a1", null, "One.")).events(),
          java.util.List.of(), 1, 0);
      assertThrows(StoreException.class, () -> store.save(result));
      assertEquals(1, store.count("articles"));
      assertEquals(2, store.count("events"));
    }
  }

  @Test
  void sameFailureTwiceIsOneRow() {
    try (Store store = Store.open(dir.resolve("x.duckdb"))) {
      store.saveFailure(new Failure("in.jsonl", 3, ErrorCode.SR105, "bad"));
      store.saveFailure(new Failure("in.jsonl", 3, ErrorCode.SR105, "bad again"));
      store.saveFailure(new Failure("in.jsonl", 4, ErrorCode.SR105, "bad"));
      assertEquals(2, store.count("failures"));
    }
  }

  @Test
  void unwritableOrMissingDatabaseIsOneStoreError() throws Exception {
    Path notADb = Files.writeString(dir.resolve("text.duckdb"), "this is not a database");
    StoreException e = assertThrows(StoreException.class, () -> Store.open(notADb));
    assertTrue(e.getMessage().startsWith("SR300 "), e.getMessage());
    assertEquals(1, e.getMessage().lines().count());
    assertThrows(StoreException.class, () -> Store.openReadOnly(dir.resolve("missing.duckdb")));
  }

  @Test
  void readOnlyStoreRefusesWrites() {
    Path db = dir.resolve("r.duckdb");
    Store.open(db).close();
    try (Store ro = Store.openReadOnly(db)) {
      assertThrows(StoreException.class, () -> ro.save(Fixtures.process(Fixtures.article("a", null, "One."))));
    }
  }
}
