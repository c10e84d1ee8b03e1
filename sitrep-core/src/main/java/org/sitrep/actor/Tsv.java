package org.sitrep.actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a tab-separated knowledge file from the classpath: '#' lines are comments, the first
 * other line is the column header (skipped), blank lines are ignored. Problems become messages
 * in {@code errors}, never exceptions.
 */
final class Tsv {
  /** A data row: its fields (padded to the header's width) and 1-based line number. */
  record Row(String file, int line, List<String> fields) {
    String field(int i) {
      return fields.get(i).trim();
    }

    String where() {
      return file + " line " + line;
    }
  }

  private Tsv() {}

  static List<Row> read(String resource, List<String> errors) {
    List<Row> rows = new ArrayList<>();
    InputStream in = Tsv.class.getResourceAsStream(resource);
    if (in == null) {
      errors.add("missing resource " + resource);
      return rows;
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      readRows(resource, r, rows, errors);
    } catch (IOException e) {
      errors.add("cannot read " + resource + ": " + e.getMessage());
    }
    return rows;
  }

  /** A user's file on disk, read as {@link #read} reads a resource. */
  static List<Row> readFile(java.nio.file.Path file, List<String> errors) {
    List<Row> rows = new ArrayList<>();
    try (BufferedReader r = java.nio.file.Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      readRows(file.getFileName().toString(), r, rows, errors);
    } catch (IOException | RuntimeException e) {
      errors.add("cannot read " + file + ": " + e.getMessage());
    }
    return rows;
  }

  private static void readRows(String file, BufferedReader r, List<Row> rows, List<String> errors) throws IOException {
    int width = -1;
    int lineNo = 0;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (width < 0) {
        width = fields.length;
        continue;
      }
      if (fields.length > width) {
        errors.add(file + " line " + lineNo + ": " + fields.length + " fields, header has " + width);
        continue;
      }
      List<String> padded = new ArrayList<>(Arrays.asList(fields));
      while (padded.size() < width) {
        padded.add("");
      }
      rows.add(new Row(file, lineNo, padded));
    }
  }

  static List<String> split(String field) {
    List<String> out = new ArrayList<>();
    for (String part : field.split("\\|")) {
      if (!part.isBlank()) {
        out.add(part.trim());
      }
    }
    return out;
  }
}
