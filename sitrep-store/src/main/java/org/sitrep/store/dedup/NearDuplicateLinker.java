package org.sitrep.store.dedup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
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

  private static Map<String, Fingerprint> candidates(Connection db, Fingerprint fp, String selfId) throws SQLException {
    String sql = "SELECT DISTINCT s.article_id, s.signature, a.ingested_at FROM article_buckets b"
        + " JOIN article_signatures s ON s.article_id = b.article_id JOIN articles a ON a.id = b.article_id"
        + " WHERE b.bucket IN (" + "?, ".repeat(fp.buckets().length - 1) + "?) AND a.id <> ?"
        + " ORDER BY a.ingested_at, s.article_id";
    Map<String, Fingerprint> found = new LinkedHashMap<>();
    try (PreparedStatement s = db.prepareStatement(sql)) {
      for (int i = 0; i < fp.buckets().length; i++) {
        s.setLong(i + 1, fp.buckets()[i]);
      }
      s.setString(fp.buckets().length + 1, selfId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          found.put(r.getString(1), new Fingerprint(Signatures.decode(r.getString(2)), new long[0], true));
        }
      }
    }
    return found;
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
