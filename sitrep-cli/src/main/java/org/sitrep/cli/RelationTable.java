package org.sitrep.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.sitrep.model.Relation;

/** Relations under the event table: "Russia  backed_by ← Syrian Arab Army". */
final class RelationTable {
  private RelationTable() {}

  static void write(List<Relation> relations, Writer out) throws IOException {
    if (relations.isEmpty()) {
      return;
    }
    out.write("\nRelations\n");
    for (Relation r : relations) {
      out.write(String.format("  %-32s %-12s %s%n", r.subject().name(), r.relation().json(), r.object().name()));
    }
  }
}
