package org.sitrep.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.clean.DataFile;

/**
 * Brings a database to the newest schema: the numbered SQL resources of migrations.tsv that are
 * not yet in schema_version are applied in order, each with its version row in one transaction,
 * so a crash leaves the database at the last whole migration.
 */
public final class Migrations {
  /** One numbered SQL script. */
  public record Migration(int version, String resource) {}

  private Migrations() {}

  public static List<Migration> all() {
    List<Migration> all = new ArrayList<>();
    for (String[] row : DataFile.rows(Migrations.class, "migrations.tsv")) {
      all.add(new Migration(Integer.parseInt(row[0]), row[1]));
    }
    return all;
  }

  /** Applies every migration up to {@code upTo} not applied yet; returns the schema version. */
  public static int apply(Connection db, int upTo) throws SQLException {
    try (Statement s = db.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, resource VARCHAR,"
          + " applied_at TIMESTAMP DEFAULT current_timestamp)");
    }
    int current = version(db);
    for (Migration m : all()) {
      if (m.version() > current && m.version() <= upTo) {
        applyOne(db, m);
        current = m.version();
      }
    }
    return current;
  }

  public static int applyAll(Connection db) throws SQLException {
    return apply(db, Integer.MAX_VALUE);
  }

  public static int version(Connection db) throws SQLException {
    try (Statement s = db.createStatement();
         ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
      r.next();
      return r.getInt(1);
    }
  }

  private static void applyOne(Connection db, Migration m) throws SQLException {
    boolean auto = db.getAutoCommit();
    db.setAutoCommit(false);
    try (Statement s = db.createStatement()) {
      for (String sql : statements(read(m.resource()))) {
        s.execute(sql);
      }
      try (PreparedStatement v = db.prepareStatement("INSERT INTO schema_version (version, resource) VALUES (?, ?)")) {
        v.setInt(1, m.version());
        v.setString(2, m.resource());
        v.executeUpdate();
      }
      db.commit();
    } catch (SQLException e) {
      db.rollback();
      throw e;
    } finally {
      db.setAutoCommit(auto);
    }
  }

  /** The statements of a script: split at ';' ending a line, "--" comment lines dropped. */
  static List<String> statements(String script) {
    StringBuilder clean = new StringBuilder();
    script.lines().filter(l -> !l.strip().startsWith("--")).forEach(l -> clean.append(l).append('\n'));
    List<String> out = new ArrayList<>();
    for (String part : clean.toString().split(";\\s*\\n")) {
      if (!part.isBlank()) {
        out.add(part.strip().replaceAll(";$", ""));
      }
    }
    return out;
  }

  private static String read(String resource) {
    try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled migration " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
