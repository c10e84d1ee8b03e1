package org.sitrep.quantity;

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
 * Reads a tab-separated classpath resource: '#' lines are provenance comments, blank lines are
 * skipped, every other line is split on tabs. A missing resource is a packaging bug, so it throws.
 */
public final class TsvRows {
  private TsvRows() {}

  public static List<List<String>> read(String resource) {
    try (InputStream in = TsvRows.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<List<String>> parse(BufferedReader reader) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (!line.isBlank() && !line.startsWith("#")) {
        rows.add(Arrays.stream(line.split("\t", -1)).map(String::trim).toList());
      }
    }
    return rows;
  }
}
