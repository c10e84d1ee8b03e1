package org.sitrep.store.dedup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.dedup.DedupSettings;
import org.sitrep.dedup.Fingerprint;
import org.sitrep.dedup.NearDuplicateIndex;
import org.sitrep.dedup.NearDuplicateIndex.Match;
import org.sitrep.model.Article;

/**
 * Links a newly written article to the stored original it nearly copies (MinHash over 5-word
 * shingles, LSH buckets in article_buckets; rules in {@link DedupSettings}). A near-duplicate gets
 * articles.duplicate_of and its events events.duplicate_of = the original's id, so they are not
 * counted again; an original gets its signature and buckets stored for later articles. Runs inside
 * the article's write transaction, on the one writer thread, after the articles before it in input
 * order are written, so the outcome does not depend on thread timing.
 */
public final class NearDuplicateLinker {
  private final DedupSettings settings;

  public NearDuplicateLinker(DedupSettings settings) {
    this.settings = settings;
  }

  public Optional<Match> link(Connection db, Article article) throws SQLException {
    Fingerprint fp = Fingerprint.of(article.text(), settings);
    if (!fp.comparable()) {
      return Optional.empty();
    }
    Optional<Match> match = NearDuplicateIndex.best(fp, candidates(db, fp, article.id()), settings.threshold());
    if (match.isPresent()) {
      markDuplicate(db, article.id(), match.get());
    } else {
      index(db, article.id(), fp);
    }
    return match;
  }

  /**
   * Stored articles sharing a band bucket, oldest first. Two small queries rather than one join:
   * the join scanned every signature and article on each call, a cost that grew with the store.
   */
  private static Map<String, Fingerprint> candidates(Connection db, Fingerprint fp, String selfId) throws SQLException {
    List<String> ids = new ArrayList<>();
    String inBuckets = "SELECT DISTINCT article_id FROM article_buckets WHERE bucket IN (" + marks(fp.buckets().length) + ")";
    try (PreparedStatement s = db.prepareStatement(inBuckets)) {
      for (int i = 0; i < fp.buckets().length; i++) {
        s.setLong(i + 1, fp.buckets()[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          if (!r.getString(1).equals(selfId)) {
            ids.add(r.getString(1));
          }
        }
      }
    }
    Map<String, Fingerprint> found = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return found;
    }
    String signatures = "SELECT s.article_id, s.signature FROM article_signatures s JOIN articles a ON a.id = s.article_id"
        + " WHERE s.article_id IN (" + marks(ids.size()) + ") AND a.id IN (" + marks(ids.size()) + ")"
        + " ORDER BY a.ingested_at, s.article_id";
    try (PreparedStatement s = db.prepareStatement(signatures)) {
      for (int i = 0; i < ids.size(); i++) {
        s.setString(i + 1, ids.get(i));
        s.setString(ids.size() + i + 1, ids.get(i));
      }
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          found.put(r.getString(1), new Fingerprint(Signatures.decode(r.getString(2)), new long[0], true));
        }
      }
    }
    return found;
  }

  private static String marks(int n) {
    return "?, ".repeat(n - 1) + "?";
  }

  private static void markDuplicate(Connection db, String id, Match match) throws SQLException {
    try (PreparedStatement a = db.prepareStatement("UPDATE articles SET duplicate_of = ?, duplicate_similarity = ? WHERE id = ?");
         PreparedStatement e = db.prepareStatement("UPDATE events SET duplicate_of = ? WHERE article_id = ?")) {
      a.setString(1, match.originalId());
      a.setDouble(2, match.similarity());
      a.setString(3, id);
      a.executeUpdate();
      e.setString(1, match.originalId());
      e.setString(2, id);
      e.executeUpdate();
    }
  }

  private static void index(Connection db, String id, Fingerprint fp) throws SQLException {
    try (PreparedStatement sig = db.prepareStatement("INSERT INTO article_signatures VALUES (?, ?)");
         PreparedStatement bucket = db.prepareStatement("INSERT INTO article_buckets VALUES (?, ?)")) {
      sig.setString(1, id);
      sig.setString(2, Signatures.encode(fp.signature()));
      sig.executeUpdate();
      for (long key : fp.buckets()) {
        bucket.setLong(1, key);
        bucket.setString(2, id);
        bucket.addBatch();
      }
      bucket.executeBatch();
    }
  }
}
