package org.sitrep.control;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;
import org.sitrep.model.Actor;
import org.sitrep.model.Evidence;

/**
 * Writes a control timeline: a fixed-width table for terminals (one row per change, then the
 * holder now) or JSON lines (one object per change, then one {"kind":"holder"} object).
 */
public final class ControlWriter {
  private static final int[] WIDTHS = {16, 28, 28, 16, 12, 28, 24};
  private static final String[] HEADER = {"date", "gained by", "lost by", "how", "status", "holder after", "article", "evidence"};
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Writer out;

  public ControlWriter(Writer out) {
    this.out = out;
  }

  public void writeTable(String place, ControlTimeline timeline) throws IOException {
    line(HEADER);
    for (ControlChange c : timeline.changes()) {
      String status = c.status() == null ? "" : c.status().json() + (c.counted() ? "" : "*");
      line(new String[] {date(c), name(c.gainer()), name(c.loser()), c.how(), status,
          holders(c.holdersAfter(), c.contested()), nullToEmpty(c.articleId()), evidenceText(c.evidence())});
    }
    out.write(timeline.changes().size() + " control changes for " + place + "; holder now: "
        + holders(timeline.holders(), timeline.holders().size() > 1) + "\n");
    out.write("(* listed, but does not change the holder)\n");
    out.flush();
  }

  public void writeJsonl(String place, ControlTimeline timeline) throws IOException {
    for (ControlChange c : timeline.changes()) {
      ObjectNode n = JSON.createObjectNode();
      n.put("kind", "control_change");
      n.put("place", place);
      n.put("date", c.date() == null || c.date().value() == null ? (c.day() == null ? null : c.day().toString()) : c.date().value());
      n.put("date_precision", c.date() == null || c.date().precision() == null ? "unknown" : c.date().precision().json());
      n.set("gained_by", actor(c.gainer()));
      n.set("lost_by", actor(c.loser()));
      n.put("how", c.how());
      n.put("status", c.status() == null ? null : c.status().json());
      n.put("counted", c.counted());
      n.put("contested", c.contested());
      n.set("holders_after", actors(c.holdersAfter()));
      n.put("article", c.articleId());
      n.put("event", c.eventId());
      n.set("evidence", evidence(c.evidence()));
      out.write(JSON.writeValueAsString(n) + "\n");
    }
    ObjectNode holder = JSON.createObjectNode();
    holder.put("kind", "holder");
    holder.put("place", place);
    holder.set("holders", actors(timeline.holders()));
    out.write(JSON.writeValueAsString(holder) + "\n");
    out.flush();
  }

  private static String date(ControlChange c) {
    String value = c.date() != null && c.date().value() != null ? c.date().value()
        : (c.day() == null ? "?" : c.day() + "~");
    String precision = c.date() == null || c.date().precision() == null ? "" : " " + c.date().precision().json();
    return value + precision;
  }

  static String name(Actor a) {
    if (a == null) {
      return "-";
    }
    return a.name() != null ? a.name() : nullToEmpty(a.text());
  }

  private static String holders(List<Actor> holders, boolean contested) {
    if (holders.isEmpty()) {
      return "unknown";
    }
    String names = holders.stream().map(ControlWriter::name).collect(Collectors.joining(" | "));
    return contested ? "contested: " + names : names;
  }

  private static String evidenceText(Evidence e) {
    return e == null || e.text() == null ? "" : e.text().replaceAll("\\s+", " ").strip();
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  private static ObjectNode actor(Actor a) {
    if (a == null) {
      return null;
    }
    ObjectNode n = JSON.createObjectNode();
    n.put("name", a.name());
    n.put("id", a.id());
    n.put("text", a.text());
    n.put("kind", a.kind() == null ? null : a.kind().json());
    n.put("country", a.country());
    return n;
  }

  private static ArrayNode actors(List<Actor> actors) {
    ArrayNode arr = JSON.createArrayNode();
    actors.forEach(a -> arr.add(actor(a)));
    return arr;
  }

  private static ObjectNode evidence(Evidence e) {
    if (e == null) {
      return null;
    }
    ObjectNode n = JSON.createObjectNode();
    n.put("article", e.articleId());
    n.put("start", e.start());
    n.put("end", e.end());
    n.put("text", e.text());
    return n;
  }

  private void line(String[] cells) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      String cell = cells[i] == null ? "" : cells[i];
      if (i < WIDTHS.length) {
        cell = cell.length() > WIDTHS[i] ? cell.substring(0, WIDTHS[i] - 1) + "…" : String.format("%-" + WIDTHS[i] + "s", cell);
        sb.append(cell).append(' ');
      } else {
        sb.append(cell);
      }
    }
    out.write(sb.toString().stripTrailing() + "\n");
  }
}
