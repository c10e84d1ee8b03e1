package org.sitrep.eval.events;

import java.util.ArrayList;
import java.util.List;

/** The first {@code limit} markdown error rows of a set, and how many there were in all. */
final class ErrorRows {
  private final int limit;
  private final List<String> rows = new ArrayList<>();
  private int total;

  ErrorRows(int limit) {
    this.limit = Math.max(0, limit);
  }

  void add(Object... cells) {
    total++;
    if (rows.size() < limit) {
      rows.add(Md.row(cells));
    }
  }

  int total() {
    return total;
  }

  void render(StringBuilder out, String title, String... header) {
    out.append("### ").append(title).append(" (").append(rows.size()).append(" of ").append(total).append(")\n\n");
    if (!rows.isEmpty()) {
      out.append(Md.header(header));
      rows.forEach(out::append);
      out.append('\n');
    }
  }
}
