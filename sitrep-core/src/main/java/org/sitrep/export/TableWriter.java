package org.sitrep.export;

import java.io.IOException;
import java.io.Writer;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Quantity;

/**
 * A fixed-width summary for terminals: one line per event (#, type, status, date, actor → target,
 * place, killed/injured/displaced, evidence snippet), then a line of counts by type. Long cells are
 * cut with "…"; inexact counts are prefixed with "~".
 */
public final class TableWriter {
  private static final int[] WIDTHS = {3, 25, 11, 10, 40, 18, 16, 60};
  private static final String[] HEADER = {"#", "type", "status", "date", "actor → target", "place", "k/i/d", "evidence"};
  private final Writer out;

  public TableWriter(Writer out) {
    this.out = out;
  }

  public void writeAll(Iterable<Event> events) throws IOException {
    line(HEADER);
    Map<EventType, Integer> byType = new EnumMap<>(EventType.class);
    int n = 0;
    for (Event e : events) {
      n++;
      byType.merge(e.type(), 1, Integer::sum);
      line(cells(n, e));
    }
    out.write(summary(n, byType));
    out.write('\n');
    out.flush();
  }

  private static String[] cells(int n, Event e) {
    String target = e.target() == null ? "" : " → " + Flat.name(e.target());
    String counts = count(e.fatalities()) + "/" + count(e.injured()) + "/" + count(e.displaced());
    String place = e.location() != null ? Flat.name(e.location()) : Flat.name(e.from());
    return new String[] {Integer.toString(n), e.type().json(), e.status().json(), Flat.date(e),
        Flat.name(e.actor()) + target, place, counts, Flat.evidence(e)};
  }

  static String summary(int total, Map<EventType, Integer> byType) {
    String counts = byType.entrySet().stream()
        .map(t -> t.getKey().json() + " " + t.getValue())
        .collect(Collectors.joining(", "));
    return total + (total == 1 ? " event" : " events") + (counts.isEmpty() ? "" : ": " + counts);
  }

  private static String count(Quantity q) {
    if (q == null) {
      return "-";
    }
    return (q.exact() ? "" : "~") + q.value();
  }

  private void line(String[] cells) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      String cell = fit(cells[i], WIDTHS[i]);
      sb.append(i == cells.length - 1 ? cell.stripTrailing() : cell).append(i == cells.length - 1 ? "" : " ");
    }
    out.write(sb.toString().stripTrailing());
    out.write('\n');
  }

  /** Pads or cuts to exactly width chars; newlines become spaces so one event stays on one line. */
  static String fit(String s, int width) {
    String flat = s == null ? "" : s.replaceAll("\\s+", " ").strip();
    if (flat.length() > width) {
      return flat.substring(0, width - 1) + "…";
    }
    return flat + " ".repeat(width - flat.length());
  }
}
