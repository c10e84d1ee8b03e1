package org.sitrep.ingest;

import java.nio.file.Path;

/**
 * One file to ingest (or stdin when path is null). {@code name} is how messages and origins call
 * it; {@code id} is the stable article id: the file name without extension, or for a file found in
 * a directory its path relative to that directory without extension, with '/' separators.
 */
record InputUnit(Path path, String name, String id) {
  static final String STDIN = "-";

  static InputUnit stdin() {
    return new InputUnit(null, STDIN, "stdin");
  }

  static InputUnit file(Path path, String name, String relativeName) {
    return new InputUnit(path, name, withoutExtension(relativeName));
  }

  boolean isStdin() {
    return path == null;
  }

  /** The extension in lower case, without the dot, or "" when there is none. */
  String extension() {
    String fileName = path == null ? "" : String.valueOf(path.getFileName());
    int dot = fileName.lastIndexOf('.');
    return dot <= 0 ? "" : fileName.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
  }

  private static String withoutExtension(String name) {
    String slashed = name.replace('\\', '/');
    int dot = slashed.lastIndexOf('.');
    return dot > slashed.lastIndexOf('/') + 1 ? slashed.substring(0, dot) : slashed;
  }
}
