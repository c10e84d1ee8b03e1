package org.sitrep.store;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.store.input.CorpusReader;

/**
 * The process DiskFullTest starves of space: opens the store (loading DuckDB's native library
 * while files may still grow), says "open", waits for a line on stdin, then ingests args[1] with
 * the fake pipeline. A store error is printed as the CLI prints it, with exit status 2.
 */
public final class DiskFullChild {
  private DiskFullChild() {}

  public static void main(String[] args) throws Exception {
    try (Store store = Store.open(Path.of(args[0]))) {
      System.out.println("open");
      System.out.flush();
      new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      new StoreIngest(store, Fixtures::process, 1, f -> { }).run(new CorpusReader(IngestOptions.defaults()),
          List.of(args[1]), () -> { });
    } catch (StoreException e) {
      System.out.println(e.getMessage());
      System.exit(2);
    }
  }
}
