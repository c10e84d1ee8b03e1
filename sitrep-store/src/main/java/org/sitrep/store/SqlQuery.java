package org.sitrep.store;

import java.io.IOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sitrep.error.ErrorCode;

/** Runs one user statement on a (read-only) store and prints its rows as a table; SQL errors are SR306. */
public final class SqlQuery {
  private SqlQuery() {}

  public static int run(Store store, String sql, Writer out) throws IOException {
    try (Statement s = store.connection().createStatement()) {
      if (!s.execute(sql)) {
        out.write("(" + s.getUpdateCount() + " row(s) changed)\n");
        out.flush();
        return 0;
      }
      try (ResultSet r = s.getResultSet()) {
        return SqlTable.table(r, out);
      }
    } catch (SQLException e) {
      throw new StoreException(ErrorCode.SR306, "sql", e);
    }
  }
}
