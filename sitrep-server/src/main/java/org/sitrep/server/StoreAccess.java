package org.sitrep.server;

import java.sql.Connection;
import java.sql.SQLException;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;

/**
 * The one store behind all request threads. A DuckDB connection and {@link Store} are not
 * thread-safe, so writes (and reads when the connection cannot be duplicated) hold one lock; reads
 * otherwise run in parallel on {@link ReadConnections}. The single lock capped a 2-core machine
 * at about the throughput of one core (BENCHMARKS.md, "HTTP API throughput").
 */
final class StoreAccess implements AutoCloseable {
  /** Enough for the cores of a small server; more only queue inside DuckDB. */
  static final int READERS = Math.max(2, Math.min(8, Runtime.getRuntime().availableProcessors()));
  /** SQL work on the store's connection. */
  interface SqlWork<T> {
    T run(Connection db) throws SQLException;
  }

  /** Work on the store itself (admission, saving). */
  interface StoreWork<T> {
    T run(Store store);
  }

  private final Store store;
  private final ReadConnections readers;
  /** Bumped after every write, so cached answers know they are stale. */
  private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

  StoreAccess(Store store) {
    this.store = store;
    this.readers = ReadConnections.of(store.connection(), READERS);
  }

  /** Read-only SQL: on a pooled connection when there is one, else under the lock. */
  <T> T query(SqlWork<T> work) {
    if (readers == null) {
      return locked(work);
    }
    Connection connection = readers.borrow();
    try {
      return work.run(connection);
    } catch (SQLException e) {
      throw queryFailed(e);
    } finally {
      readers.giveBack(connection);
    }
  }

  private synchronized <T> T locked(SqlWork<T> work) {
    try {
      return work.run(store.connection());
    } catch (SQLException e) {
      throw queryFailed(e);
    }
  }

  private static ApiError queryFailed(SQLException e) {
    return new ApiError(500, "SR306", "query failed: " + firstLine(e.getMessage()));
  }

  @Override
  public void close() {
    if (readers != null) {
      readers.close();
    }
  }

  synchronized <T> T withStore(StoreWork<T> work) {
    try {
      return work.run(store);
    } catch (StoreException e) {
      throw new ApiError(500, "SR301", firstLine(e.getMessage()));
    } finally {
      generation.incrementAndGet();
    }
  }

  long generation() {
    return generation.get();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
