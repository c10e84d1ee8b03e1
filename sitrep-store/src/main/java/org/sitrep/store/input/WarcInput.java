package org.sitrep.store.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcPayload;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.sitrep.error.ErrorCode;
import org.sitrep.error.Failure;
import org.sitrep.ingest.Ingestor;
import org.sitrep.model.Article;

/**
 * A WARC archive (jwarc; plain or gzip): each response record whose payload is HTML or plain text
 * becomes an article with the record's target URI as URL and "archive/record number" as id. Other
 * records (requests, metadata, images) are skipped with their reason counted. A broken archive is
 * one SR304 failure; the records before the break are kept.
 */
final class WarcInput {
  private final Ingestor ingestor;
  private final long maxBytes;

  WarcInput(Ingestor ingestor, long maxBytes) {
    this.ingestor = ingestor;
    this.maxBytes = maxBytes;
  }

  void read(Path file, String name, String idPrefix, Sink sink) {
    int number = 0;
    try (WarcReader reader = new WarcReader(file)) {
      for (Optional<WarcRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
        number++;
        readRecord(next.get(), name, idPrefix + "/" + number, sink);
      }
    } catch (IOException | RuntimeException e) {
      sink.failures().accept(new Failure(name, number, ErrorCode.SR304, String.valueOf(e.getMessage())));
    }
  }

  private void readRecord(WarcRecord record, String name, String id, Sink sink) throws IOException {
    if (!(record instanceof WarcResponse response)) {
      sink.skipped().accept("warc " + record.type() + " record");
      return;
    }
    Optional<WarcPayload> payload = response.payload();
    String extension = payload.map(p -> extension(p.type())).orElse(null);
    if (extension == null) {
      sink.skipped().accept("warc response not HTML or text");
      return;
    }
    byte[] bytes;
    try (InputStream in = payload.get().body().stream()) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
    }
    if (bytes.length > maxBytes) {
      sink.failures().accept(new Failure(name + "#" + id, 0, ErrorCode.SR104, "payload over " + maxBytes + " bytes"));
      return;
    }
    String url = response.target();
    ingestor.ingestBytes(id + "." + extension, bytes, a -> sink.articles().accept(withUrl(a, id, url)), sink.failures());
  }

  /** "html" or "txt" for payloads the core reads, else null. */
  private static String extension(MediaType type) {
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    if (base.equals("text/html") || base.equals("application/xhtml+xml")) {
      return "html";
    }
    return base.equals("text/plain") ? "txt" : null;
  }

  private static Article withUrl(Article a, String id, String url) {
    return new Article(id, url, a.title(), a.published(), a.source(), a.text(), a.origin());
  }
}
