package org.sitrep.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.sitrep.store.EventExport;
import org.sitrep.store.EventFilter;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "events", mixinStandardHelpOptions = true, description = "Query the stored events, filtered, in one format.")
final class EventsCommand implements Callable<Integer> {
  @Mixin StoreOption store;
  @Option(names = "--country", paramLabel = "ISO3") String country;
  @Option(names = "--type", paramLabel = "T", description = "event type, e.g. battle") String type;
  @Option(names = "--actor", paramLabel = "NAME", description = "actor or target name contains NAME") String actor;
  @Option(names = "--since", paramLabel = "D", converter = DateConverter.class) LocalDate since;
  @Option(names = "--until", paramLabel = "D", converter = DateConverter.class) LocalDate until;
  @Option(names = "--bbox", paramLabel = "minLon,minLat,maxLon,maxLat") String bbox;
  @Option(names = "--status", paramLabel = "S", description = "e.g. occurred") String status;
  @Option(names = "--limit", paramLabel = "N") Integer limit;
  @Option(names = "--format", defaultValue = "table", description = "table, jsonl, csv, geojson or parquet (default: ${DEFAULT-VALUE})")
  EventExport.Format format;
  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write here instead of stdout (parquet needs it)")
  Path output;

  @Override
  public Integer call() throws IOException {
    EventFilter filter;
    try {
      filter = new EventFilter(country, type, actor, since, until, bbox == null ? null : EventFilter.parseBbox(bbox), status, limit);
    } catch (IllegalArgumentException e) {
      System.err.println("sitrep: " + e.getMessage());
      return 2;
    }
    if (format == EventExport.Format.parquet && output == null) {
      System.err.println("sitrep: --format parquet needs -o FILE");
      return 2;
    }
    try (Store db = Store.openReadOnly(store.db)) {
      EventExport export = new EventExport(db);
      if (format == EventExport.Format.parquet) {
        export.parquet(filter, output);
      } else {
        try (Writer out = output == null ? Console.stdout() : Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
          export.write(filter, format, out);
        }
      }
      return 0;
    } catch (StoreException e) {
      System.err.println(e.getMessage());
      return 2;
    }
  }
}
