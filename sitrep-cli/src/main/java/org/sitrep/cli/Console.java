package org.sitrep.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** UTF-8 stdout whatever the platform default, buffered, flushed by the commands. */
final class Console {
  private Console() {}

  static PrintWriter stdout() {
    return new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)), false);
  }
}
