package org.sitrep.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.sitrep.export.GeoJsonWriter;
import org.sitrep.export.TableWriter;
import org.sitrep.model.Event;
import org.sitrep.model.Relation;

/** Writes the formats that need every event at once. */
final class Formats {
  private Formats() {}

  static void writeCollected(OutputFormat format, List<Event> events, List<Relation> relations, Writer out) throws IOException {
    switch (format) {
      case table -> {
        new TableWriter(out).writeAll(events);
        RelationTable.write(relations, out);
      }
      case geojson -> new GeoJsonWriter(out).writeAll(events);
      default -> { }
    }
  }
}
