package org.sitrep.clean;

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
 * Reads the small knowledge files bundled as classpath resources: UTF-8, '#' starts a comment line,
 * blank lines are skipped, columns are tab-separated.
 */
public final class DataFile {
  private DataFile() {}

  /** The rows of a bundled TSV file; a missing resource is a packaging bug, so it throws. */
  public static List<String[]> rows(Class<?> anchor, String name) {
    List<String[]> rows = new ArrayList<>();
    for (String line : lines(anchor, name)) {
      rows.add(Arrays.stream(line.split("\t")).map(String::strip).toArray(String[]::new));
    }
    return rows;
  }

  /** The non-comment, non-blank lines of a bundled text file. */
  public static List<String> lines(Class<?> anchor, String name) {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " next to " + anchor.getName());
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> lines = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          lines.add(line);
        }
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
