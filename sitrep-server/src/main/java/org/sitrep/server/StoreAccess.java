package org.sitrep.server;

import java.sql.Connection;
import java.sql.SQLException;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;

/**
 * The one store behind all request threads. A DuckDB connection and {@link Store} are not
 * thread-safe, so every use holds one lock: simple, and fast enough for a single-user server.
 */
final class StoreAccess {
  /** SQL work on the store's connection. */
  interface SqlWork<T> {
    T run(Connection db) throws SQLException;
  }

  /** Work on the store itself (admission, saving). */
  interface StoreWork<T> {
    T run(Store store);
  }

  private final Store store;

  StoreAccess(Store store) {
    this.store = store;
  }

  synchronized <T> T query(SqlWork<T> work) {
    try {
      return work.run(store.connection());
    } catch (SQLException e) {
      throw new ApiError(500, "SR306", "query failed: " + firstLine(e.getMessage()));
    }
  }

  synchronized <T> T withStore(StoreWork<T> work) {
    try {
      return work.run(store);
    } catch (StoreException e) {
      throw new ApiError(500, "SR301", firstLine(e.getMessage()));
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
