package org.sitrep.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sitrep.knowledge.TsvResource;

/** The clean and ingest packages' view of {@link TsvResource}: rows and lines beside a class. */
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

  /** The non-comment, non-blank lines of a bundled text file next to {@code anchor}. */
  public static List<String> lines(Class<?> anchor, String name) {
    return TsvResource.lines(TsvResource.beside(anchor, name));
  }
}
