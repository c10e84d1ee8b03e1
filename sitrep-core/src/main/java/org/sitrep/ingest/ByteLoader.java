package org.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import org.sitrep.error.ErrorCode;
import org.sitrep.error.Failure;

/** Reads an input's bytes, refusing before reading anything that is larger than the limit. */
final class ByteLoader {
  private final long maxBytes;
  private final InputStream stdin;

  ByteLoader(long maxBytes, InputStream stdin) {
    this.maxBytes = maxBytes;
    this.stdin = stdin;
  }

  Loaded<byte[]> load(InputUnit unit) {
    try {
      return unit.isStdin() ? loadStream(unit, stdin) : loadFile(unit);
    } catch (NoSuchFileException e) {
      return Loaded.failed(new Failure(unit.name(), 0, ErrorCode.SR109, null));
    } catch (IOException | RuntimeException e) {
      return Loaded.failed(new Failure(unit.name(), 0, ErrorCode.SR100, String.valueOf(e.getMessage())));
    }
  }

  private Loaded<byte[]> loadFile(InputUnit unit) throws IOException {
    long size = Files.size(unit.path());
    if (size > maxBytes) {
      return Loaded.failed(tooLarge(unit, size + " bytes"));
    }
    try (InputStream in = Files.newInputStream(unit.path())) {
      return loadStream(unit, in);
    }
  }

  /** Reads at most one byte more than the limit, so a stream that keeps going is caught early. */
  private Loaded<byte[]> loadStream(InputUnit unit, InputStream in) throws IOException {
    int cap = (int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1);
    byte[] bytes = in.readNBytes(cap);
    if (bytes.length > maxBytes) {
      return Loaded.failed(tooLarge(unit, "more than " + maxBytes + " bytes"));
    }
    return Loaded.ok(bytes);
  }

  private Failure tooLarge(InputUnit unit, String size) {
    return new Failure(unit.name(), 0, ErrorCode.SR104, size + ", limit " + maxBytes + " bytes");
  }
}
