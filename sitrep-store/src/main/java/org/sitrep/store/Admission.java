package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.sitrep.model.Article;

/**
 * What the store says to an incoming article. Same id: the same text is already stored (skip) or
 * different text is a clash (a failure, never an overwrite). Else the same URL or the same content
 * hash under another id is the same story from another run or outlet copy (skip).
 */
public enum Admission {
  NEW, SAME_ARTICLE, SAME_URL, SAME_CONTENT, ID_CLASH;

  public boolean stored() {
    return this == SAME_ARTICLE || this == SAME_URL || this == SAME_CONTENT;
  }

  static Admission check(Connection db, Article article, String hash) throws SQLException {
    String storedHash = first(db, "SELECT content_hash FROM articles WHERE id = ?", article.id());
    if (storedHash != null) {
      return storedHash.equals(hash) ? SAME_ARTICLE : ID_CLASH;
    }
    if (article.url() != null && !article.url().isBlank()
        && first(db, "SELECT id FROM articles WHERE url = ? LIMIT 1", article.url()) != null) {
      return SAME_URL;
    }
    return first(db, "SELECT id FROM articles WHERE content_hash = ? LIMIT 1", hash) != null ? SAME_CONTENT : NEW;
  }

  private static String first(Connection db, String sql, String value) throws SQLException {
    try (PreparedStatement s = db.prepareStatement(sql)) {
      s.setString(1, value);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getString(1) : null;
      }
    }
  }
}
