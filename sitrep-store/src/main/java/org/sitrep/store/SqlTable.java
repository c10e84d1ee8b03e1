package org.sitrep.store;

import java.io.IOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Writes a result set as RFC 4180 CSV or as an aligned text table (what {@code sitrep sql} prints). */
public final class SqlTable {
  /** Widest a table cell is shown; longer values (article texts) are cut with "…". */
  static final int MAX_CELL = 60;

  private SqlTable() {}

  public static int csv(ResultSet r, Writer out) throws SQLException, IOException {
    int columns = r.getMetaData().getColumnCount();
    List<String> header = new ArrayList<>();
    for (int c = 1; c <= columns; c++) {
      header.add(r.getMetaData().getColumnLabel(c));
    }
    csvRow(header, out);
    int n = 0;
    while (r.next()) {
      csvRow(row(r, columns, Integer.MAX_VALUE), out);
      n++;
    }
    out.flush();
    return n;
  }

  public static int table(ResultSet r, Writer out) throws SQLException, IOException {
    ResultSetMetaData meta = r.getMetaData();
    int columns = meta.getColumnCount();
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>();
    for (int c = 1; c <= columns; c++) {
      header.add(meta.getColumnLabel(c));
    }
    rows.add(header);
    while (r.next()) {
      rows.add(row(r, columns, MAX_CELL));
    }
    int[] widths = new int[columns];
    rows.forEach(row -> {
      for (int c = 0; c < columns; c++) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    });
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < columns; c++) {
        line.append(c == 0 ? "" : "  ").append(String.format("%-" + Math.max(1, widths[c]) + "s", row.get(c)));
      }
      out.write(line.toString().stripTrailing() + "\n");
    }
    out.write("(" + (rows.size() - 1) + " row" + (rows.size() == 2 ? "" : "s") + ")\n");
    out.flush();
    return rows.size() - 1;
  }

  private static List<String> row(ResultSet r, int columns, int maxCell) throws SQLException {
    List<String> cells = new ArrayList<>();
    for (int c = 1; c <= columns; c++) {
      Object value = r.getObject(c);
      String text = value == null ? "" : String.valueOf(value).replace('\n', ' ').replace('\r', ' ');
      cells.add(text.length() > maxCell ? text.substring(0, maxCell - 1) + "…" : text);
    }
    return cells;
  }

  private static void csvRow(List<String> fields, Writer out) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      String s = fields.get(i);
      boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
      out.write((i > 0 ? "," : "") + (quote ? '"' + s.replace("\"", "\"\"") + '"' : s));
    }
    out.write("\r\n");
  }
}
