package org.sitrep.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** What the tests that run an ingest in another JVM share: a seeded corpus and the child process. */
final class ChildJvm {
  private ChildJvm() {}

  /** {@code count} random fake-pipeline articles as JSONL, ids {@code prefix + i}. */
  static Path corpus(Path dir, String prefix, int count, long seed) throws IOException {
    Random random = new Random(seed);
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < count; i++) {
      jsonl.append("{\"id\":\"").append(prefix).append(i).append("\",\"text\":\"").append(Fixtures.randomText(random)).append("\"}\n");
    }
    return Files.writeString(dir.resolve("corpus.jsonl"), jsonl);
  }

  /**
   * A JVM running {@code main} on this test classpath, output merged into stdout. Its
   * java.io.tmpdir is the test's folder: DuckDB unpacks its 57 MB native library there on every
   * start, and a killed JVM leaves it behind.
   */
  static ProcessBuilder of(Path dir, Class<?> main, String... args) throws IOException {
    Path tmp = Files.createDirectories(dir.resolve("tmp"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String[] command = new String[5 + args.length];
    command[0] = java;
    command[1] = "-Djava.io.tmpdir=" + tmp;
    command[2] = "-cp";
    command[3] = System.getProperty("java.class.path");
    command[4] = main.getName();
    System.arraycopy(args, 0, command, 5, args.length);
    return new ProcessBuilder(command).redirectErrorStream(true);
  }
}
