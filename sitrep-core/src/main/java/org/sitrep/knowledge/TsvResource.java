package org.sitrep.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a bundled tab-separated knowledge file: '#' lines are provenance comments, the first other
 * line is the header, every later line a row with exactly the header's number of columns. A
 * malformed bundled file is a programming error, so it fails loudly with file and line.
 */
public final class TsvResource {
  private TsvResource() {}

  /** One data row: its 1-based line number and cells by header name. */
  public record Row(int line, List<String> header, List<String> cells) {
    public String get(String column) {
      int i = header.indexOf(column);
      if (i < 0) {
        throw new IllegalArgumentException("no column " + column);
      }
      return cells.get(i).trim();
    }
  }

  public static List<Row> read(Class<?> anchor, String name) {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled resource " + name + " next to " + anchor.getName());
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Row> parse(BufferedReader reader, String name) throws IOException {
    List<Row> rows = new ArrayList<>();
    List<String> header = null;
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      List<String> cells = Arrays.asList(line.split("\t", -1));
      if (header == null) {
        header = cells;
      } else if (cells.size() != header.size()) {
        throw new IllegalStateException(name + " line " + number + ": " + cells.size() + " columns, header has " + header.size());
      } else {
        rows.add(new Row(number, header, cells));
      }
    }
    return rows;
  }
}
