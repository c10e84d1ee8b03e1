package org.sitrep.store.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.dedup.ClusterRules;
import org.sitrep.dedup.EventCluster;
import org.sitrep.dedup.EventClusterer;
import org.sitrep.dedup.EventPoint;
import org.sitrep.dedup.Reconciled;
import org.sitrep.export.EventJson;
import org.sitrep.model.Evidence;
import org.sitrep.store.Store;

/**
 * Recomputes the cross-source event clusters of the whole store in one transaction: clusters of two
 * or more events (from different articles) become rows of clusters and cluster_summaries, and each
 * member event gets events.cluster and "cluster" in its JSON; an event that left its cluster gets
 * both cleared. Events reported once keep cluster null. Rebuilding from scratch keeps the result
 * independent of the order in which ingest runs happened to add articles.
 */
public final class EventClustering {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final EventJson READER = new EventJson();
  private static final int BATCH = 1_000;
  private final Store store;
  private final EventClusterer clusterer = new EventClusterer(ClusterRules.defaults());

  public EventClustering(Store store) {
    this.store = store;
  }

  /** Returns the number of clusters of two or more events. */
  public int rebuild() {
    return store.inTransaction(db -> write(db, CountryFilter.ALL));
  }

  /**
   * Recomputes only the clusters of the given countries, as ingest does for the countries of the
   * events it added: the clusterer blocks by country, so this gives exactly what a full rebuild
   * would give them, without reading the rest of the store. Returns the number of clusters of two or
   * more events written for those countries.
   */
  public int update(CountryFilter countries) {
    return countries.isEmpty() ? 0 : store.inTransaction(db -> write(db, countries));
  }

  /**
   * Clusters the light points in memory, then streams what needs the full events from the store:
   * the members' evidence for the summaries and the JSON of events whose cluster changed. A store of
   * 280,000 events held as parsed events and JSON trees filled a 2 GB heap.
   */
  private int write(Connection db, CountryFilter countries) throws SQLException {
    List<EventCluster> clusters = clusterer.cluster(StoredEvent.points(db, countries))
        .stream().filter(c -> c.members().size() > 1).toList();
    deleteClusters(db, countries);
    insertMembers(db, clusters);
    Map<String, List<Evidence>> evidence = memberEvidence(db, countries);
    for (EventCluster c : clusters) {
      insertSummary(db, c, ClusterSummary.of(c), evidence);
    }
    updateEvents(db, countries);
    return clusters.size();
  }

  /** The clusters (and their summaries) that have a member in the given countries. */
  private static void deleteClusters(Connection db, CountryFilter countries) throws SQLException {
    if (countries == CountryFilter.ALL) {
      try (Statement s = db.createStatement()) {
        s.execute("DELETE FROM clusters");
        s.execute("DELETE FROM cluster_summaries");
      }
      return;
    }
    try (PreparedStatement s = db.prepareStatement("CREATE TEMP TABLE stale_clusters AS SELECT DISTINCT c.id FROM clusters c"
        + " JOIN events e ON e.id = c.event_id WHERE " + countries.sql("e"))) {
      countries.bind(s, 1);
      s.execute();
    }
    try (Statement s = db.createStatement()) {
      s.execute("DELETE FROM cluster_summaries WHERE id IN (SELECT id FROM stale_clusters)");
      s.execute("DELETE FROM clusters WHERE id IN (SELECT id FROM stale_clusters)");
      s.execute("DROP TABLE stale_clusters");
    }
  }

  private static void insertMembers(Connection db, List<EventCluster> clusters) throws SQLException {
    try (PreparedStatement m = db.prepareStatement("INSERT INTO clusters VALUES (?, ?)")) {
      for (EventCluster c : clusters) {
        for (EventPoint p : c.members()) {
          m.setString(1, c.id());
          m.setString(2, p.eventId());
          m.addBatch();
        }
      }
      m.executeBatch();
    }
  }

  /** The evidence of every clustered event of the given countries, read from its stored JSON. */
  private static Map<String, List<Evidence>> memberEvidence(Connection db, CountryFilter countries) throws SQLException {
    Map<String, List<Evidence>> evidence = new HashMap<>();
    try (PreparedStatement s = db.prepareStatement("SELECT e.id, e.json FROM events e JOIN clusters c ON c.event_id = e.id WHERE "
        + countries.sql("e"))) {
      countries.bind(s, 1);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          try {
            evidence.put(r.getString(1), READER.event((ObjectNode) JSON.readTree(r.getString(2))).evidence());
          } catch (IOException | RuntimeException broken) {
            evidence.put(r.getString(1), List.of());
          }
        }
      }
    }
    return evidence;
  }

  private static void insertSummary(Connection db, EventCluster c, ClusterSummary summary, Map<String, List<Evidence>> evidence)
      throws SQLException {
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
      s.setString(++i, summary.json(evidence).toString());
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

  /**
   * Rewrites events.cluster and the JSON's "cluster" of the events whose cluster changed: the
   * store compares each event's column with the clusters table just written, so only those rows
   * are read. An event whose JSON does not parse is left as it is (clustering skipped it too).
   */
  private static void updateEvents(Connection db, CountryFilter countries) throws SQLException {
    String changed = "SELECT e.id, e.json, c.id FROM events e LEFT JOIN clusters c ON c.event_id = e.id"
        + " WHERE e.duplicate_of IS NULL AND e.cluster IS DISTINCT FROM c.id AND " + countries.sql("e");
    try (PreparedStatement s = db.prepareStatement(changed);
         PreparedStatement u = db.prepareStatement("UPDATE events SET cluster = ?, json = ? WHERE id = ?")) {
      countries.bind(s, 1);
      try (ResultSet r = s.executeQuery()) {
        int pending = 0;
        while (r.next()) {
          Optional<String> json = withCluster(r.getString(2), r.getString(3));
          if (json.isEmpty()) {
            continue;
          }
          u.setString(1, r.getString(3));
          u.setString(2, json.get());
          u.setString(3, r.getString(1));
          u.addBatch();
          if (++pending % BATCH == 0) {
            u.executeBatch();
          }
        }
      }
      u.executeBatch();
    }
  }

  private static Optional<String> withCluster(String json, String cluster) {
    try {
      ObjectNode n = (ObjectNode) JSON.readTree(json);
      n.put("cluster", cluster);
      return Optional.of(n.toString());
    } catch (IOException | RuntimeException broken) {
      return Optional.empty();
    }
  }
}
