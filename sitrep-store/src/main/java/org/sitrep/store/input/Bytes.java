package org.sitrep.store.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.sitrep.error.ErrorCode;
import org.sitrep.error.Failure;

/** Reads a whole file, refusing one over the limit before reading it (SR104, SR100 on I/O errors). */
final class Bytes {
  private Bytes() {}

  static Optional<byte[]> read(Path file, String name, long limit, Sink sink) {
    try {
      long size = Files.size(file);
      if (size > limit) {
        sink.failures().accept(new Failure(name, 0, ErrorCode.SR104, size + " bytes, limit " + limit + " bytes"));
        return Optional.empty();
      }
      return Optional.of(Files.readAllBytes(file));
    } catch (IOException e) {
      sink.failures().accept(new Failure(name, 0, ErrorCode.SR100, String.valueOf(e.getMessage())));
      return Optional.empty();
    }
  }
}
