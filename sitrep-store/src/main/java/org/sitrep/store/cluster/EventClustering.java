package org.sitrep.store.cluster;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sitrep.dedup.ClusterRules;
import org.sitrep.dedup.EventCluster;
import org.sitrep.dedup.EventClusterer;
import org.sitrep.dedup.EventPoint;
import org.sitrep.dedup.Reconciled;
import org.sitrep.model.Event;
import org.sitrep.store.Store;

/**
 * Recomputes the cross-source event clusters of the whole store in one transaction: clusters of two
 * or more events (from different articles) become rows of clusters and cluster_summaries, and each
 * member event gets events.cluster and "cluster" in its JSON; an event that left its cluster gets
 * both cleared. Events reported once keep cluster null. Rebuilding from scratch keeps the result
 * independent of the order in which ingest runs happened to add articles.
 */
public final class EventClustering {
  private final Store store;
  private final EventClusterer clusterer = new EventClusterer(ClusterRules.defaults());

  public EventClustering(Store store) {
    this.store = store;
  }

  /** Returns the number of clusters of two or more events. */
  public int rebuild() {
    return store.inTransaction(db -> write(db, StoredEvent.load(db)));
  }

  private int write(Connection db, List<StoredEvent> stored) throws SQLException {
    Map<String, StoredEvent> byId = new HashMap<>();
    stored.forEach(s -> byId.put(s.point().eventId(), s));
    List<EventCluster> clusters = clusterer.cluster(stored.stream().map(StoredEvent::point).toList())
        .stream().filter(c -> c.members().size() > 1).toList();
    try (Statement s = db.createStatement()) {
      s.execute("DELETE FROM clusters");
      s.execute("DELETE FROM cluster_summaries");
    }
    Map<String, String> clusterOf = new HashMap<>();
    Map<String, Event> events = new HashMap<>();
    stored.forEach(s -> events.put(s.point().eventId(), s.event()));
    for (EventCluster c : clusters) {
      c.members().forEach(m -> clusterOf.put(m.eventId(), c.id()));
      insert(db, c, ClusterSummary.of(c), events);
    }
    updateEvents(db, stored, clusterOf);
    return clusters.size();
  }

  private static void insert(Connection db, EventCluster c, ClusterSummary summary, Map<String, Event> events) throws SQLException {
    try (PreparedStatement m = db.prepareStatement("INSERT INTO clusters VALUES (?, ?)")) {
      for (EventPoint p : c.members()) {
        m.setString(1, c.id());
        m.setString(2, p.eventId());
        m.addBatch();
      }
      m.executeBatch();
    }
    try (PreparedStatement s = db.prepareStatement("INSERT INTO cluster_summaries VALUES (" + "?, ".repeat(20) + "?)")) {
      EventPoint place = summary.place();
      Object[] row = {c.id(), summary.type(), place.country(), place.location(), place.lat(), place.lon(),
          date(summary.first()), date(summary.last()), c.members().size(), c.articles().size(), String.join("; ", c.sources())};
      for (int i = 0; i < row.length; i++) {
        bind(s, i + 1, row[i]);
      }
      int i = row.length;
      for (Reconciled r : new Reconciled[] {c.fatalities(), c.injured(), c.displaced()}) {
        bind(s, ++i, r == null ? null : r.low());
        bind(s, ++i, r == null ? null : r.best());
        bind(s, ++i, r == null ? null : r.high());
      }
      s.setString(++i, summary.json(events).toString());
      s.executeUpdate();
    }
  }

  private static void bind(PreparedStatement s, int i, Object value) throws SQLException {
    if (value == null) {
      s.setNull(i, java.sql.Types.VARCHAR);
    } else {
      s.setObject(i, value);
    }
  }

  private static Date date(java.time.LocalDate d) {
    return d == null ? null : Date.valueOf(d);
  }

  private static void updateEvents(Connection db, List<StoredEvent> stored, Map<String, String> clusterOf) throws SQLException {
    try (PreparedStatement u = db.prepareStatement("UPDATE events SET cluster = ?, json = ? WHERE id = ?")) {
      for (StoredEvent s : stored) {
        String now = clusterOf.get(s.point().eventId());
        if (!Objects.equals(now, s.cluster())) {
          s.json().put("cluster", now);
          u.setString(1, now);
          u.setString(2, s.json().toString());
          u.setString(3, s.point().eventId());
          u.addBatch();
        }
      }
      u.executeBatch();
    }
  }
}
