package org.sitrep.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.sitrep.error.ErrorCode;
import org.sitrep.error.Failure;

/**
 * Expands one command-line path into the inputs to read: "-" is stdin, a file is itself, a
 * directory is every regular file below it (hidden files and folders skipped), sorted by relative
 * path so that runs are deterministic.
 */
final class InputFinder {
  void find(String path, Consumer<InputUnit> units, Consumer<Failure> failed) {
    if (InputUnit.STDIN.equals(path)) {
      units.accept(InputUnit.stdin());
      return;
    }
    Path file;
    try {
      file = Path.of(path);
    } catch (InvalidPathException e) {
      failed.accept(new Failure(path, 0, ErrorCode.SR109, "not a valid path"));
      return;
    }
    if (Files.isDirectory(file)) {
      walk(path, file, units, failed);
    } else if (Files.exists(file)) {
      units.accept(InputUnit.file(file, path, String.valueOf(file.getFileName())));
    } else {
      failed.accept(new Failure(path, 0, ErrorCode.SR109, null));
    }
  }

  private void walk(String name, Path dir, Consumer<InputUnit> units, Consumer<Failure> failed) {
    List<String> relatives;
    try (Stream<Path> files = Files.walk(dir)) {
      relatives = files.filter(Files::isRegularFile)
          .map(f -> dir.relativize(f).toString().replace('\\', '/'))
          .filter(rel -> !isHidden(rel))
          .sorted()
          .toList();
    } catch (IOException | UncheckedIOException e) {
      failed.accept(new Failure(name, 0, ErrorCode.SR100, String.valueOf(e.getMessage())));
      return;
    }
    for (String relative : relatives) {
      units.accept(InputUnit.file(dir.resolve(relative), joined(name, relative), relative));
    }
  }

  private static boolean isHidden(String relative) {
    return relative.startsWith(".") || relative.contains("/.");
  }

  private static String joined(String dir, String relative) {
    return dir.endsWith("/") ? dir + relative : dir + "/" + relative;
  }
}
