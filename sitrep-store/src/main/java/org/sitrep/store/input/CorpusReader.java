package org.sitrep.store.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.sitrep.error.ErrorCode;
import org.sitrep.error.Failure;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.ingest.Ingestor;

/**
 * Every input format of {@code sitrep ingest}: what the core {@link Ingestor} reads (text, HTML,
 * JSONL), plus gzip-compressed files, RSS/Atom feeds and WARC archives. Directories are walked in
 * sorted order with hidden files skipped, as the core does; a file inside a directory gets its
 * relative path as name and id. Never throws on bad input.
 */
public final class CorpusReader {
  /** A corpus file (JSONL, feed, archive) may be this many times the per-article limit, as in the core. */
  static final long CORPUS_FACTOR = 40;
  private final Ingestor ingestor;
  private final long maxBytes;
  private final GzipInput gzip;
  private final FeedInput feeds;
  private final WarcInput warcs;

  public CorpusReader(IngestOptions options) {
    this.ingestor = new Ingestor(options);
    this.maxBytes = options.maxBytes();
    this.gzip = new GzipInput(ingestor, maxBytes * CORPUS_FACTOR);
    this.feeds = new FeedInput(ingestor);
    this.warcs = new WarcInput(ingestor, maxBytes);
  }

  public void read(List<String> paths, Sink sink) {
    for (String path : paths) {
      Path file = Path.of(path);
      if (Files.isDirectory(file)) {
        walk(path, file, sink);
      } else if (special(path)) {
        readSpecial(file, path, fileName(file), sink);
      } else {
        ingestor.ingest(List.of(path), sink.articles(), sink.failures());
      }
    }
  }

  private void walk(String name, Path dir, Sink sink) {
    List<String> relatives;
    try {
      relatives = visibleFiles(dir);
    } catch (IOException | UncheckedIOException e) {
      sink.failures().accept(new Failure(name, 0, ErrorCode.SR100, String.valueOf(e.getMessage())));
      return;
    }
    for (String relative : relatives) {
      Path file = dir.resolve(relative);
      if (special(relative)) {
        readSpecial(file, relative, relative, sink);
      } else {
        readPlain(file, relative, sink);
      }
    }
  }

  /** The regular files below a directory, as sorted relative paths, hidden files and folders left out. */
  static List<String> visibleFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).map(f -> dir.relativize(f).toString().replace('\\', '/'))
          .filter(rel -> !rel.startsWith(".") && !rel.contains("/.")).sorted().toList();
    }
  }

  private void readSpecial(Path file, String name, String relative, Sink sink) {
    String lower = relative.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".warc") || lower.endsWith(".warc.gz")) {
      warcs.read(file, name, stem(relative), sink);
    } else if (lower.endsWith(".gz")) {
      gzip.read(file, name, relative.substring(0, relative.length() - 3), sink);
    } else {
      Bytes.read(file, name, maxBytes * CORPUS_FACTOR, sink).ifPresent(b -> feeds.read(b, name, stem(relative), sink));
    }
  }

  /** A text, HTML or JSONL file found in a directory: the core reads it under its relative name. */
  private void readPlain(Path file, String relative, Sink sink) {
    long limit = relative.toLowerCase(Locale.ROOT).matches(".*\\.(jsonl|ndjson)") ? maxBytes * CORPUS_FACTOR : maxBytes;
    Bytes.read(file, relative, limit, sink)
        .ifPresent(bytes -> ingestor.ingestBytes(relative, bytes, sink.articles(), sink.failures()));
  }

  static boolean special(String name) {
    return name.toLowerCase(Locale.ROOT).matches(".*\\.(gz|warc|rss|atom)");
  }

  private static String fileName(Path file) {
    return String.valueOf(file.getFileName());
  }

  /** The name without its extensions (".warc.gz" included): the id prefix of its records. */
  static String stem(String name) {
    int slash = name.lastIndexOf('/');
    int dot = name.indexOf('.', slash + 2);
    return dot < 0 ? name : name.substring(0, dot);
  }
}
