package org.sitrep.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.sitrep.store.EventExport;
import org.sitrep.store.EventFilter;
import org.sitrep.store.SqlQuery;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Times the one-country, one-period query of `sitrep events --format jsonl` and the same rows
 * through `sitrep sql`, inside one JVM on one open store, so JVM start and store opening are
 * reported apart from the query. Output goes to a counting sink (formatting is timed, printing is not).
 */
@Command(name = "bench-store", mixinStandardHelpOptions = true,
    description = "Time a country + date-range query on the store: events (jsonl) and sql, warm, median of --runs.")
final class GenerateQueryBench implements Callable<Integer> {
  @Mixin StoreOption store;
  @Option(names = "--country", defaultValue = "SYR", paramLabel = "ISO3") String country;
  @Option(names = "--since", defaultValue = "2024-11-01", converter = DateConverter.class) LocalDate since;
  @Option(names = "--until", defaultValue = "2024-11-30", converter = DateConverter.class) LocalDate until;
  @Option(names = "--runs", defaultValue = "15", description = "timed runs after one warm-up (default: ${DEFAULT-VALUE})")
  int runs;

  /** Counts characters instead of printing them. */
  private static final class Sink extends Writer {
    long chars;

    @Override public void write(char[] buffer, int offset, int length) {
      chars += length;
    }

    @Override public void flush() {}

    @Override public void close() {}
  }

  @Override
  public Integer call() throws IOException {
    long opening = System.nanoTime();
    try (Store db = Store.openReadOnly(store.db)) {
      System.out.printf("open store: %.1f ms%n", (System.nanoTime() - opening) / 1e6);
      EventFilter filter = new EventFilter(country, null, null, since, until, null, null, null);
      EventExport export = new EventExport(db);
      time("events --format jsonl", () -> export.write(filter, EventExport.Format.jsonl, new Sink()));
      String sql = "SELECT json FROM events" + filter.whereAndLimit();
      time("sql \"" + sql + "\"", () -> SqlQuery.run(db, sql, new Sink()));
      return 0;
    } catch (StoreException e) {
      System.err.println(e.getMessage());
      return 2;
    }
  }

  private interface Query {
    int rows() throws IOException;
  }

  private void time(String label, Query query) throws IOException {
    int rows = query.rows(); // warm-up: first run pays for loading the table's blocks
    double[] ms = new double[Math.max(1, runs)];
    for (int i = 0; i < ms.length; i++) {
      long start = System.nanoTime();
      query.rows();
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(ms);
    System.out.printf("%s: %d rows; median %.1f ms, min %.1f, max %.1f over %d warm runs%n",
        label, rows, ms[ms.length / 2], ms[0], ms[ms.length - 1], ms.length);
  }
}
