package org.sitrep.server;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.duckdb.DuckDBConnection;

/**
 * A fixed set of extra connections to the store's database, for reads. One DuckDB connection is
 * not thread-safe, but several connections to one database are, and each reads a committed
 * snapshot: so reads need not wait for each other or for a write. A request borrows one and gives
 * it back; with all borrowed, it waits.
 */
final class ReadConnections implements AutoCloseable {
  private final BlockingQueue<Connection> idle;
  private final List<Connection> all = new ArrayList<>();

  /** Null when the store's connection cannot be duplicated (not DuckDB): the caller falls back to the lock. */
  static ReadConnections of(Connection main, int size) {
    try {
      DuckDBConnection duck = main.unwrap(DuckDBConnection.class);
      List<Connection> made = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        made.add(duck.duplicate());
      }
      return new ReadConnections(made);
    } catch (SQLException e) {
      return null;
    }
  }

  private ReadConnections(List<Connection> connections) {
    all.addAll(connections);
    idle = new ArrayBlockingQueue<>(connections.size(), false, connections);
  }

  Connection borrow() {
    try {
      return idle.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiError(500, "HTTP500", "interrupted while waiting for a store connection");
    }
  }

  void giveBack(Connection connection) {
    idle.offer(connection);
  }

  @Override
  public void close() {
    for (Connection c : all) {
      try {
        c.close();
      } catch (SQLException e) {
        System.err.println("[server] closing a read connection: " + e.getMessage());
      }
    }
  }
}
