package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.sitrep.error.ErrorCode;
import org.sitrep.error.Failure;
import org.sitrep.export.JsonLines;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.ingest.Ingestor;
import org.sitrep.model.Article;

/**
 * The articles {@code sitrep geoparse} reads. JSONL files ({@code *.jsonl}, or stdin starting with
 * '{') are read here, record by record, and each record's {@code text} is used as is, uncleaned,
 * so that toponym offsets index into the record's own text (as geoparsing corpora expect). Every
 * other input (text, HTML, directories) goes through the {@link Ingestor} and is cleaned exactly as
 * {@code sitrep clean} prints it.
 */
final class GeoparseInput {
  private final InputStream stdin;

  GeoparseInput(InputStream stdin) {
    this.stdin = stdin;
  }

  void read(List<String> paths, Consumer<Article> ok, Consumer<Failure> failed) {
    Ingestor ingestor = new Ingestor(IngestOptions.defaults(), stdin);
    for (String path : paths) {
      if (path.equals("-")) {
        readStdin(ingestor, ok, failed);
      } else if (path.endsWith(".jsonl") && Files.isRegularFile(Path.of(path))) {
        readJsonlFile(Path.of(path), ok, failed);
      } else {
        ingestor.ingest(List.of(path), ok, failed);
      }
    }
  }

  private void readStdin(Ingestor ingestor, Consumer<Article> ok, Consumer<Failure> failed) {
    byte[] bytes;
    try {
      bytes = stdin.readNBytes((int) IngestOptions.DEFAULT_MAX_BYTES + 1);
    } catch (IOException e) {
      failed.accept(new Failure("stdin", 0, ErrorCode.SR100, e.getMessage()));
      return;
    }
    if (startsWithBrace(bytes) && bytes.length <= IngestOptions.DEFAULT_MAX_BYTES) {
      readRaw("stdin", new InputStreamReader(new ByteArrayInputStream(bytes), strictUtf8()), ok, failed);
    } else {
      ingestor.ingestBytes("stdin", bytes, ok, failed);
    }
  }

  private static void readJsonlFile(Path file, Consumer<Article> ok, Consumer<Failure> failed) {
    try (InputStream in = Files.newInputStream(file)) {
      readRaw(file.toString(), new InputStreamReader(in, strictUtf8()), ok, failed);
    } catch (IOException e) {
      failed.accept(new Failure(file.toString(), 0, ErrorCode.SR100, e.getMessage()));
    }
  }

  /** One Article per record with a non-blank text; id from the record, else source:line. */
  static void readRaw(String source, Reader in, Consumer<Article> ok, Consumer<Failure> failed) {
    try {
      JsonLines.read(in, (n, node) -> record(source, n, node, ok, failed),
          (n, message) -> failed.accept(new Failure(source, n, ErrorCode.SR105, message)));
    } catch (CharacterCodingException e) {
      failed.accept(new Failure(source, 0, ErrorCode.SR101, e.getMessage()));
    } catch (IOException e) {
      failed.accept(new Failure(source, 0, ErrorCode.SR100, e.getMessage()));
    }
  }

  private static void record(String source, int line, JsonNode node, Consumer<Article> ok, Consumer<Failure> failed) {
    JsonNode text = node.get("text");
    if (text == null || !text.isTextual() || text.asText().isBlank()) {
      failed.accept(new Failure(source, line, ErrorCode.SR106, "geoparse reads the raw \"text\" field"));
      return;
    }
    String id = node.hasNonNull("id") ? node.get("id").asText() : source + ":" + line;
    ok.accept(new Article(id, null, null, null, null, text.asText(), source + ":" + line));
  }

  private static boolean startsWithBrace(byte[] bytes) {
    for (byte b : bytes) {
      if (!Character.isWhitespace(b)) {
        return b == '{';
      }
    }
    return false;
  }

  private static java.nio.charset.CharsetDecoder strictUtf8() {
    return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }
}
