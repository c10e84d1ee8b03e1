package org.sitrep.store.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.sitrep.error.ErrorCode;
import org.sitrep.error.Failure;
import org.sitrep.ingest.Ingestor;

/**
 * A gzip-compressed text, HTML or JSONL file, read as the file it holds (a.jsonl.gz as a.jsonl).
 * A truncated or corrupt one is one SR302 failure; of a JSONL file the whole lines before the
 * break are still read, since each line is an article on its own.
 */
final class GzipInput {
  private static final int BUFFER = 64 * 1024;
  private final Ingestor ingestor;
  private final long maxBytes;

  GzipInput(Ingestor ingestor, long maxBytes) {
    this.ingestor = ingestor;
    this.maxBytes = maxBytes;
  }

  void read(Path file, String name, String innerName, Sink sink) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file), BUFFER)) {
      if (!copy(in, out)) {
        sink.failures().accept(new Failure(name, 0, ErrorCode.SR104, "more than " + maxBytes + " bytes uncompressed"));
        return;
      }
    } catch (IOException e) {
      sink.failures().accept(new Failure(name, 0, ErrorCode.SR302, String.valueOf(e.getMessage())));
      if (innerName.toLowerCase(Locale.ROOT).endsWith(".jsonl")) {
        ingestWholeLines(out.toByteArray(), innerName, sink);
      }
      return;
    }
    ingestor.ingestBytes(innerName, out.toByteArray(), sink.articles(), sink.failures());
  }

  /** Copies at most the limit; false when there was more. */
  private boolean copy(InputStream in, ByteArrayOutputStream out) throws IOException {
    byte[] buffer = new byte[BUFFER];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      out.write(buffer, 0, n);
      if (out.size() > maxBytes) {
        return false;
      }
    }
    return true;
  }

  private void ingestWholeLines(byte[] partial, String innerName, Sink sink) {
    int end = partial.length;
    while (end > 0 && partial[end - 1] != '\n') {
      end--;
    }
    if (end > 0) {
      ingestor.ingestBytes(innerName, Arrays.copyOf(partial, end), sink.articles(), sink.failures());
    }
  }
}
