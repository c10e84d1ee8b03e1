package org.sitrep.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Properties;
import org.sitrep.error.ErrorCode;
import org.sitrep.error.Failure;
import org.sitrep.pipeline.ArticleResult;

/**
 * The embedded DuckDB corpus store (schema: docs/STORE.md). A writable store brings the file to
 * the newest schema on open; a read-only one (for queries) never changes it. One article with its
 * events and relations is written in one transaction. Not thread-safe: one writer thread.
 */
public final class Store implements AutoCloseable {
  public static final Path DEFAULT_PATH = Path.of("data", "sitrep.duckdb");

  private final Connection db;
  private final Path path;
  private final ArticleWriter writer;

  private Store(Connection db, Path path) {
    this.db = db;
    this.path = path;
    this.writer = new ArticleWriter(db);
  }

  /** Opens (creating it and its folder if needed) and migrates; SR300 when that is impossible. */
  public static Store open(Path path) {
    try {
      Path parent = path.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Connection db = DriverManager.getConnection("jdbc:duckdb:" + path.toAbsolutePath());
      Migrations.applyAll(db);
      return new Store(db, path);
    } catch (SQLException | IOException | RuntimeException e) {
      throw new StoreException(ErrorCode.SR300, path.toString(), e);
    } catch (LinkageError e) {
      throw nativeLibraryMissing(path, e);
    }
  }

  /**
   * DuckDB's JDBC driver unpacks its 57 MB native library into java.io.tmpdir on first use; a full
   * or unwritable temporary folder fails there, before any store is touched.
   */
  private static StoreException nativeLibraryMissing(Path path, LinkageError e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return new StoreException(ErrorCode.SR300, path.toString(), new IOException("cannot load DuckDB's native library into "
        + System.getProperty("java.io.tmpdir") + " (" + StoreException.firstLine(root) + "); free space there or set -Djava.io.tmpdir", e));
  }

  /** Opens an existing store that no statement can change. */
  public static Store openReadOnly(Path path) {
    if (!Files.isRegularFile(path)) {
      throw new StoreException(ErrorCode.SR300, path.toString(), new IOException("no such database file"));
    }
    try {
      Properties props = new Properties();
      props.setProperty("duckdb.read_only", "true");
      return new Store(DriverManager.getConnection("jdbc:duckdb:" + path.toAbsolutePath(), props), path);
    } catch (SQLException | RuntimeException e) {
      throw new StoreException(ErrorCode.SR300, path.toString(), e);
    } catch (LinkageError e) {
      throw nativeLibraryMissing(path, e);
    }
  }

  public Connection connection() {
    return db;
  }

  public Path path() {
    return path;
  }

  /** Whether the article may be stored, is there already, or clashes with a stored one. */
  public Admission admit(org.sitrep.model.Article article) {
    try {
      return Admission.check(db, article, ContentHash.of(article.text()));
    } catch (SQLException e) {
      throw new StoreException(ErrorCode.SR301, path.toString(), e);
    }
  }

  /** Stores the article, its events and relations in one transaction: all of them or nothing. */
  public void save(ArticleResult result) {
    boolean committed = false;
    try {
      inTransaction(() -> writer.write(result, ContentHash.of(result.article().text())));
      committed = true;
    } finally {
      writer.ended(committed);
    }
  }

  /** Records a failure; the same input, record and code again replaces its message and time. */
  public void saveFailure(Failure f) {
    inTransaction(() -> {
      try (PreparedStatement del = db.prepareStatement("DELETE FROM failures WHERE input = ? AND record = ? AND code = ?");
           PreparedStatement ins = db.prepareStatement("INSERT INTO failures VALUES (?, ?, ?, ?, ?)")) {
        Rows.set(del, f.source(), f.line(), f.code().name());
        del.executeUpdate();
        Rows.set(ins, f.source(), f.line(), f.code().name(), f.message(), Timestamp.from(Instant.now()));
        ins.executeUpdate();
      }
    });
  }

  public long count(String table) {
    try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      throw new StoreException(ErrorCode.SR301, path.toString(), e);
    }
  }

  /** SQL work that must happen as a whole. */
  interface Work {
    void run() throws SQLException;
  }

  /** Work whose result the caller needs, done in one transaction. */
  public interface Query<T> {
    T run(Connection db) throws SQLException;
  }

  private void inTransaction(Work work) {
    inTransaction(db -> {
      work.run();
      return null;
    });
  }

  /** Runs the work in one transaction: all of it is stored or, on any error, none (SR301). */
  public <T> T inTransaction(Query<T> work) {
    try {
      db.setAutoCommit(false);
      try {
        T result = work.run(db);
        db.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        rollbackAfter(e);
        throw e;
      } finally {
        autoCommitOn();
      }
    } catch (SQLException e) {
      throw new StoreException(ErrorCode.SR301, path.toString(), e);
    }
  }

  /**
   * Rolls back after a failed statement or commit. A failed commit (disk full) has already ended
   * the transaction, and the rollback's own complaint must not hide the reason the user needs.
   */
  private void rollbackAfter(Exception cause) {
    try {
      db.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  /** After a failed commit this may fail too; the caller is already told why, and the next write will say so again. */
  private void autoCommitOn() {
    try {
      db.setAutoCommit(true);
    } catch (SQLException ignored) {
      // the transaction's own error is the one reported
    }
  }

  @Override
  public void close() {
    try {
      db.close();
    } catch (SQLException e) {
      throw new StoreException(ErrorCode.SR301, path.toString(), e);
    }
  }
}
