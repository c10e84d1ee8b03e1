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
import java.util.zip.GZIPInputStream;

/**
 * The one reader of sitrep's bundled data files: UTF-8 (gzip when the name ends in .gz), '#' lines
 * are provenance comments, blank lines are skipped, columns are tab-separated. {@link #read} also
 * takes the first line as the header and checks every row's width; a malformed or missing bundled
 * file is a packaging bug, so it fails loudly with file and line.
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

  /** Header and rows of a data file next to {@code anchor}. */
  public static List<Row> read(Class<?> anchor, String name) {
    try (BufferedReader reader = open(beside(anchor, name))) {
      return parse(reader, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Data lines of a classpath resource given by its full path ("org/sitrep/geo/compass.tsv"). */
  public static List<String> lines(String path) {
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader = open(path)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          lines.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
    return lines;
  }

  /** {@link #lines} split on tabs, empty trailing cells kept. */
  public static List<String[]> cells(String path) {
    return lines(path).stream().map(line -> line.split("\t", -1)).toList();
  }

  /** {@link #cells} with every cell trimmed, as lists. */
  public static List<List<String>> trimmedRows(String path) {
    return cells(path).stream().map(r -> Arrays.stream(r).map(String::trim).toList()).toList();
  }

  /** The path of a resource next to a class, for {@link #lines} ("clean/x.tsv" beside Cleaner). */
  public static String beside(Class<?> anchor, String name) {
    return anchor.getPackageName().replace('.', '/') + "/" + name;
  }

  /** A reader over a classpath resource, unpacking gzip; large files are streamed, not listed. */
  public static BufferedReader open(String path) throws IOException {
    String bare = path.startsWith("/") ? path.substring(1) : path;
    InputStream in = TsvResource.class.getClassLoader().getResourceAsStream(bare);
    if (in == null) {
      throw new IllegalStateException("missing classpath resource " + bare
          + (bare.startsWith("org/sitrep/geonames") ? " (add sitrep-geonames to the classpath; it is built by its pom)" : ""));
    }
    InputStream data = bare.endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    return new BufferedReader(new InputStreamReader(data, StandardCharsets.UTF_8), 1 << 16);
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
