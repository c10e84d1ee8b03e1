package org.sitrep.cli;

import java.nio.file.Path;
import org.sitrep.store.Store;
import picocli.CommandLine.Option;

/** The --db option every store command has. */
final class StoreOption {
  @Option(names = "--db", paramLabel = "PATH", description = "the store file (default: data/sitrep.duckdb)")
  Path db = Store.DEFAULT_PATH;
}
