package org.sitrep.store.input;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.zip.GZIPInputStream;

/**
 * How many records a run will read, for the progress line's ETA: a JSONL file (plain or gzip) has
 * one per non-empty line, any other text or HTML file one. Feeds and WARC archives are not counted
 * before parsing, so a run with one gives no estimate. A pass over the input, so only worth it on
 * a terminal; unreadable inputs count as one record (the reader will report them).
 */
public final class InputCount {
  private InputCount() {}

  public static OptionalLong records(List<String> paths) {
    long total = 0;
    try {
      for (String path : paths) {
        for (Path file : files(Path.of(path))) {
          String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
          boolean jsonl = name.matches(".*\\.(jsonl|ndjson)(\\.gz)?");
          if (CorpusReader.special(name) && !jsonl) {
            return OptionalLong.empty();
          }
          total += jsonl ? lines(file, name.endsWith(".gz")) : 1;
        }
      }
    } catch (IOException | UncheckedIOException e) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(total);
  }

  /** The files the reader will read, by its own listing of directories. */
  private static List<Path> files(Path path) throws IOException {
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    return CorpusReader.visibleFiles(path).stream().map(path::resolve).toList();
  }

  /** Non-empty lines; 1 for a file that cannot be read. */
  private static long lines(Path file, boolean gzip) {
    try (InputStream raw = Files.newInputStream(file);
         InputStream in = new BufferedInputStream(gzip ? new GZIPInputStream(raw, 1 << 16) : raw, 1 << 16)) {
      long count = 0;
      boolean content = false;
      byte[] buffer = new byte[1 << 16];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\n') {
            count += content ? 1 : 0;
            content = false;
          } else if (buffer[i] > ' ') {
            content = true;
          }
        }
      }
      return count + (content ? 1 : 0);
    } catch (IOException e) {
      return 1;
    }
  }
}
