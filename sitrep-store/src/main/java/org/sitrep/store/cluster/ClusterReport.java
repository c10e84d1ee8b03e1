package org.sitrep.store.cluster;

import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.sitrep.error.ErrorCode;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;

/** Writes the stored clusters (largest first) as an aligned table or as their JSON, one per line. */
public final class ClusterReport {
  public enum Format { table, jsonl }

  private static final String SQL = "SELECT id, type, country, location, first_date, last_date, events, articles,"
      + " fatalities_low, fatalities_best, fatalities_high, displaced_best, sources, json FROM cluster_summaries"
      + " ORDER BY events DESC, first_date, id";
  private final Connection db;
  private final Store store;

  public ClusterReport(Store store) {
    this.store = store;
    this.db = store.connection();
  }

  /** Returns the number of clusters written. */
  public int write(Format format, Writer out) throws IOException {
    int n = 0;
    if (format == Format.table) {
      out.write(String.format(Locale.ROOT, "%-28s %-26s %-4s %-18s %-10s %4s %4s %-12s %s%n",
          "cluster", "type", "iso3", "location", "date", "evts", "arts", "killed l/b/h", "sources"));
    }
    try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(SQL)) {
      while (r.next()) {
        out.write(format == Format.jsonl ? r.getString(14) + "\n" : row(r));
        n++;
      }
    } catch (SQLException e) {
      throw new StoreException(ErrorCode.SR306, store.path().toString(), e);
    }
    out.flush();
    return n;
  }

  private static String row(ResultSet r) throws SQLException {
    String killed = r.getObject(9) == null ? "-" : r.getLong(9) + "/" + r.getLong(10) + "/" + r.getLong(11);
    return String.format(Locale.ROOT, "%-28s %-26s %-4s %-18s %-10s %4d %4d %-12s %s%n", cut(r.getString(1), 28),
        r.getString(2), nz(r.getString(3)), cut(nz(r.getString(4)), 18), nz(r.getString(5)), r.getInt(7), r.getInt(8),
        killed, nz(r.getString(13)));
  }

  private static String nz(String s) {
    return s == null ? "-" : s;
  }

  private static String cut(String s, int width) {
    return s.length() <= width ? s : s.substring(0, width - 1) + "…";
  }
}
