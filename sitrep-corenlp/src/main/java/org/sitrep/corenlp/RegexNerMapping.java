package org.sitrep.corenlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** Turns a commented RegexNER mapping resource into a temporary file CoreNLP can read. */
final class RegexNerMapping {
  private RegexNerMapping() {}

  static Path withoutComments(String classpathResource) {
    String content = read(classpathResource);
    String entries = content.lines()
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .collect(Collectors.joining("\n", "", "\n"));
    try {
      Path file = Files.createTempFile("sitrep-regexner-", ".tsv");
      file.toFile().deleteOnExit();
      Files.writeString(file, entries, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(String classpathResource) {
    try (InputStream in = RegexNerMapping.class.getClassLoader().getResourceAsStream(classpathResource)) {
      if (in == null) {
        throw new IllegalStateException("missing RegexNER mapping " + classpathResource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
