package org.sitrep.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.sitrep.dedup.DedupSettings;
import org.sitrep.export.EventJson;
import org.sitrep.export.OntologyMapping;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Relation;
import org.sitrep.pipeline.ArticleResult;
import org.sitrep.store.dedup.NearDuplicateLinker;

/** The INSERTs of one article; the caller holds the transaction. */
final class ArticleWriter {
  /** Columns named, so that later migrations may add columns (V003: duplicate_of, cluster). */
  private static final String EVENT_SQL = "INSERT INTO events (id, article_id, ord, type, status, acled_event_type, acled_sub_event_type, trigger, date, date_precision,"
      + " country, admin1, location, place_id, lat, lon, geo_precision, actor, actor_kind, actor_key,"
      + " target, target_kind, target_key, fatalities, injured, displaced, confidence, evidence, json) VALUES (" + "?, ".repeat(28) + "?)";
  private final Connection db;
  private final EventJson json = new EventJson();
  private final OntologyMapping ontology = OntologyMapping.defaults();
  private final NearDuplicateLinker duplicates = new NearDuplicateLinker(DedupSettings.defaults());
  private final Keys keys = new Keys();

  ArticleWriter(Connection db) {
    this.db = db;
  }

  void write(ArticleResult result, String hash) throws SQLException {
    Article a = result.article();
    try (PreparedStatement s = db.prepareStatement("INSERT INTO articles (id, url, title, published, source, origin, content_hash, text, ingested_at)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      Rows.set(s, a.id(), a.url(), a.title(), a.published() == null ? null : Date.valueOf(a.published()),
          a.source(), a.origin(), hash, a.text(), Timestamp.from(Instant.now()));
      s.executeUpdate();
    }
    List<Event> events = result.events();
    for (int i = 0; i < events.size(); i++) {
      writeEvent(events.get(i), a.id(), i);
    }
    for (int i = 0; i < result.relations().size(); i++) {
      writeRelation(result.relations().get(i), a.id(), i);
    }
    duplicates.link(db, a);
  }

  /** Called after the transaction that held {@link #write} ended. */
  void ended(boolean committed) {
    if (committed) {
      keys.committed();
    } else {
      keys.rolledBack();
    }
  }

  private void writeEvent(Event e, String articleId, int ord) throws SQLException {
    String placeKey = keys.place(db, e.location());
    String actorKey = keys.actor(db, e.actor());
    String targetKey = keys.actor(db, e.target());
    OntologyMapping.Categories acled = ontology.of(e);
    EventColumns c = new EventColumns(e);
    try (PreparedStatement s = db.prepareStatement(EVENT_SQL)) {
      Rows.set(s, e.id(), articleId, ord, e.type().json(), e.status().json(),
          acled == null ? null : acled.acledEventType(), acled == null ? null : acled.acledSubEventType(), e.trigger(),
          c.date(), c.datePrecision(), c.country(), c.admin1(), c.location(), placeKey, c.lat(), c.lon(), c.geoPrecision(),
          c.actor(), c.actorKind(), actorKey, c.target(), c.targetKind(), targetKey,
          c.fatalities(), c.injured(), c.displaced(), e.confidence(), firstEvidence(e.evidence()), json.line(e));
      s.executeUpdate();
    }
  }

  private void writeRelation(Relation r, String articleId, int ord) throws SQLException {
    try (PreparedStatement s = db.prepareStatement("INSERT INTO relations VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      Rows.set(s, r.id(), articleId, ord, r.relation().json(), r.subject() == null ? null : r.subject().name(),
          keys.actor(db, r.subject()), r.object() == null ? null : r.object().name(), keys.actor(db, r.object()),
          r.former(), firstEvidence(r.evidence()), json.line(r));
      s.executeUpdate();
    }
  }

  private static String firstEvidence(List<Evidence> evidence) {
    return evidence.isEmpty() ? null : evidence.get(0).text();
  }
}
