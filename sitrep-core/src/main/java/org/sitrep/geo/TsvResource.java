package org.sitrep.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Reads the tab-separated data files of this package: '#' lines are comments, blank lines skipped. */
final class TsvResource {
  private TsvResource() {}

  static List<String[]> rows(String resource) {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader reader = open(resource)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split("\t", -1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return rows;
  }

  static List<String> firstColumn(String resource) {
    return rows(resource).stream().map(r -> r[0].trim()).toList();
  }

  static BufferedReader open(String resource) throws IOException {
    InputStream in = TsvResource.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing classpath resource " + resource
          + (resource.startsWith("org/sitrep/geonames") ? " (add sitrep-geonames to the classpath; it is built by its pom)" : ""));
    }
    InputStream data = resource.endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    return new BufferedReader(new InputStreamReader(data, StandardCharsets.UTF_8), 1 << 16);
  }
}
