package org.sitrep.store.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.dedup.ClusterRules;
import org.sitrep.dedup.PairwiseScore;
import org.sitrep.model.EventType;

/**
 * Scores the stored clusters against gold rows {"event_key", "article_id", "type", "place"}: each
 * row stands for the article's stored events of the gold type's family (none found: the row links
 * to nothing, a recall loss), each in its cluster or alone. Pairs of gold rows are then scored by
 * {@link PairwiseScore}. Lines that do not parse are counted and left out, never fatal.
 */
public final class GoldScore {
  /** The score and how many gold rows were read, matched to an event, and unreadable. */
  public record Result(PairwiseScore score, int rows, int matched, int badLines) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private final Connection db;
  private final ClusterRules rules = ClusterRules.defaults();

  public GoldScore(Connection db) {
    this.db = db;
  }

  public Result score(Path gold) throws IOException, SQLException {
    List<String> keys = new ArrayList<>();
    List<Set<String>> predicted = new ArrayList<>();
    int bad = 0;
    int matched = 0;
    try (BufferedReader in = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        try {
          JsonNode row = JSON.readTree(line);
          Set<String> clusters = clustersOf(row.path("article_id").asText(), EventType.parse(row.path("type").asText()));
          keys.add(row.path("event_key").asText());
          predicted.add(clusters);
          matched += clusters.isEmpty() ? 0 : 1;
        } catch (IOException | IllegalArgumentException e) {
          bad++;
        }
      }
    }
    return new Result(PairwiseScore.of(keys, predicted), keys.size(), matched, bad);
  }

  /** A near-duplicate's events are its original's: the copy's own are not clustered. */
  private String originalOf(String articleId) throws SQLException {
    try (PreparedStatement s = db.prepareStatement("SELECT coalesce(duplicate_of, id) FROM articles WHERE id = ?")) {
      s.setString(1, articleId);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getString(1) : articleId;
      }
    }
  }

  /** The clusters (or, for a lone event, "event:" + its id) of the article's events of the type's family. */
  private Set<String> clustersOf(String articleId, EventType goldType) throws SQLException {
    Set<String> found = new LinkedHashSet<>();
    String family = rules.family(goldType);
    try (PreparedStatement s = db.prepareStatement("SELECT id, type, cluster FROM events WHERE article_id = ? ORDER BY ord")) {
      s.setString(1, originalOf(articleId));
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          if (rules.family(EventType.parse(r.getString(2))).equals(family)) {
            found.add(r.getString(3) != null ? r.getString(3) : "event:" + r.getString(1));
          }
        }
      }
    }
    return found;
  }
}
