package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.sitrep.store.SqlQuery;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "sql", mixinStandardHelpOptions = true,
    description = "Run one SQL statement on the store, read-only, and print the rows as a table (tables: docs/STORE.md).")
final class SqlCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Parameters(index = "0", paramLabel = "SQL") String sql;

  @Override
  public Integer call() throws IOException {
    try (Store db = Store.openReadOnly(store.db)) {
      PrintWriter out = Console.stdout();
      SqlQuery.run(db, sql, out);
      out.flush();
      return 0;
    } catch (StoreException e) {
      System.err.println(e.getMessage());
      return 2;
    }
  }
}
