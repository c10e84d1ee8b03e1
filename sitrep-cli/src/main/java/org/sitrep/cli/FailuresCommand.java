package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.sitrep.store.SqlQuery;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "failures", mixinStandardHelpOptions = true, description = "List the inputs that failed to ingest, with their SR codes.")
final class FailuresCommand implements Callable<Integer> {
  static final String QUERY = "SELECT code, input, record, message, failed_at FROM failures ORDER BY failed_at, input, record";

  @Mixin StoreOption store;

  @Override
  public Integer call() throws IOException {
    try (Store db = Store.openReadOnly(store.db)) {
      PrintWriter out = Console.stdout();
      SqlQuery.run(db, QUERY, out);
      out.flush();
      return 0;
    } catch (StoreException e) {
      System.err.println(e.getMessage());
      return 2;
    }
  }
}
