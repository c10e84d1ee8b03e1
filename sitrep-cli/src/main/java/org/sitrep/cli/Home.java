package org.sitrep.cli;

import java.nio.file.Path;

/** The sitrep checkout the launcher runs from (system property sitrep.home), else the working directory. */
final class Home {
  private Home() {}

  static Path path() {
    String home = System.getProperty("sitrep.home");
    return Path.of(home == null || home.isBlank() ? "." : home);
  }
}
