package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.sitrep.error.ErrorCode;
import org.sitrep.error.Failure;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.store.input.CorpusReader;

class StoreIngestTest {
  @TempDir Path dir;
  private final List<Failure> failures = new ArrayList<>();

  private IngestCounts ingest(Store store, Path... inputs) {
    List<String> paths = Arrays.stream(inputs).map(Path::toString).toList();
    return new StoreIngest(store, Fixtures::process, 2, failures::add)
        .run(new CorpusReader(IngestOptions.defaults()), paths, () -> { });
  }

  private Path jsonl(String name, String... records) throws IOException {
    return Files.writeString(dir.resolve(name), String.join("\n", records) + "\n");
  }

  private static String record(String id, String url, String text) {
    return "{\"id\":\"" + id + "\",\"url\":\"" + url + "\",\"published\":\"2024-12-06\",\"text\":\"" + text + "\"}";
  }

  @Test
  void reIngestChangesNothing() throws IOException {
    Path in = jsonl("a.jsonl", record("a", "https://x.org/a", "Rebels clashed in Homs. Two died."),
        record("b", "https://x.org/b", "Drones struck Kyiv."));
    try (Store store = Store.open(dir.resolve("db.duckdb"))) {
      IngestCounts first = ingest(store, in);
      assertEquals(2, first.stored());
      long events = store.count("events");
      IngestCounts second = ingest(store, in);
      assertEquals(0, second.stored());
      assertEquals(2, second.skippedTotal());
      assertEquals(2, store.count("articles"));
      assertEquals(events, store.count("events"));
    }
  }

  @Test
  void sameStoryUnderAnotherIdOrUrlIsSkippedAndAnIdWithNewTextFails() throws IOException {
    Path in = jsonl("a.jsonl", record("a", "https://x.org/a", "Rebels clashed in Homs."),
        record("copy", "https://mirror.org/a", "Rebels clashed   in Homs."),
        record("a", "https://x.org/a2", "Something else happened in Homs."));
    try (Store store = Store.open(dir.resolve("db.duckdb"))) {
      IngestCounts counts = ingest(store, in);
      assertEquals(1, counts.stored());
      assertEquals(1, counts.skippedTotal());
      assertEquals(List.of(ErrorCode.SR305), failures.stream().map(Failure::code).toList());
      assertEquals(1, store.count("failures"));
      assertEquals("Rebels clashed in Homs.", text(store, "a").lines().reduce((x, y) -> y).orElse(""));
    }
  }

  @Test
  void rssItemsBecomeArticlesWithLinkAndDate() throws Exception {
    Path feed = Files.writeString(dir.resolve("news.rss"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Wire</title><link>https://wire.example</link><description>d</description>
        <item><title>Clash in Homs</title><link>https://wire.example/homs</link>
          <pubDate>Fri, 06 Dec 2024 10:00:00 GMT</pubDate>
          <description>&lt;p&gt;Rebels clashed with government forces in Homs.&lt;/p&gt;</description></item>
        <item><title>Strike on Kyiv</title><link>https://wire.example/kyiv</link>
          <pubDate>Thu, 05 Dec 2024 08:00:00 GMT</pubDate><description>Drones struck Kyiv overnight.</description></item>
        </channel></rss>
        """);
    try (Store store = Store.open(dir.resolve("db.duckdb"))) {
      assertEquals(2, ingest(store, feed).stored(), failures.toString());
      try (Statement s = store.connection().createStatement();
           ResultSet r = s.executeQuery("SELECT url, published, text FROM articles ORDER BY url")) {
        assertTrue(r.next());
        assertEquals("https://wire.example/homs", r.getString(1));
        assertEquals("2024-12-06", r.getString(2));
        assertTrue(r.getString(3).contains("Rebels clashed with government forces in Homs."), r.getString(3));
      }
    }
  }

  @Test
  void brokenFeedIsOneFailure() throws IOException {
    Path feed = Files.writeString(dir.resolve("bad.rss"), "<rss><channel><item><title>x</ti");
    try (Store store = Store.open(dir.resolve("db.duckdb"))) {
      assertEquals(0, ingest(store, feed).stored());
      assertEquals(List.of(ErrorCode.SR303), failures.stream().map(Failure::code).toList());
    }
  }

  @Test
  void warcResponsesWithHtmlAreArticlesAndOtherRecordsAreSkipped() throws Exception {
    Path warc = dir.resolve("crawl.warc.gz");
    try (WarcWriter w = new WarcWriter(Files.newByteChannel(warc, java.nio.file.StandardOpenOption.CREATE_NEW,
        java.nio.file.StandardOpenOption.WRITE), org.netpreserve.jwarc.WarcCompression.GZIP)) {
      w.write(new WarcRequest.Builder("https://news.example/homs").body(MediaType.HTTP_REQUEST,
          "GET /homs HTTP/1.1\r\nHost: news.example\r\n\r\n".getBytes(StandardCharsets.US_ASCII)).build());
      w.write(response("https://news.example/homs", "text/html",
          "<html><body><article><h1>Clash</h1><p>Rebels clashed with government forces in Homs.</p></article></body></html>"));
      w.write(response("https://news.example/logo.png", "image/png", "PNGDATA"));
    }
    try (Store store = Store.open(dir.resolve("db.duckdb"))) {
      IngestCounts counts = ingest(store, warc);
      assertEquals(1, counts.stored(), failures.toString());
      assertEquals(2, counts.skippedTotal(), counts.skipped().toString());
      try (Statement s = store.connection().createStatement(); ResultSet r = s.executeQuery("SELECT id, url FROM articles")) {
        assertTrue(r.next());
        assertEquals("crawl/2", r.getString(1));
        assertEquals("https://news.example/homs", r.getString(2));
      }
    }
  }

  private static WarcResponse response(String url, String type, String body) throws IOException {
    byte[] payload = body.getBytes(StandardCharsets.UTF_8);
    String http = "HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: " + payload.length + "\r\n\r\n";
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(http.getBytes(StandardCharsets.US_ASCII));
    b.write(payload);
    return new WarcResponse.Builder(url).body(MediaType.HTTP_RESPONSE, b.toByteArray()).build();
  }

  @Test
  void truncatedGzipIsOneFailureAndKeepsTheWholeLinesBeforeTheBreak() throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      lines.append(record("r" + i, "https://x.org/" + i, "Fighters clashed in town number " + i + " of many.")).append('\n');
    }
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(lines.toString().getBytes(StandardCharsets.UTF_8));
    }
    byte[] whole = gz.toByteArray();
    Path cut = Files.write(dir.resolve("wire.jsonl.gz"), Arrays.copyOf(whole, whole.length * 2 / 3));
    try (Store store = Store.open(dir.resolve("db.duckdb"))) {
      IngestCounts counts = ingest(store, cut);
      assertEquals(List.of(ErrorCode.SR302), failures.stream().map(Failure::code).toList());
      assertTrue(counts.stored() > 0 && counts.stored() < 200, counts.toString());
      assertEquals(counts.stored(), store.count("articles"));
    }
  }

  @Test
  void wholeGzipJsonlIsRead() throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write((record("a", "https://x.org/a", "Rebels clashed in Homs.") + "\n").getBytes(StandardCharsets.UTF_8));
    }
    Path in = Files.write(dir.resolve("w.jsonl.gz"), gz.toByteArray());
    try (Store store = Store.open(dir.resolve("db.duckdb"))) {
      assertEquals(1, ingest(store, in).stored(), failures.toString());
    }
  }

  private static String text(Store store, String id) {
    try (var s = store.connection().prepareStatement("SELECT text FROM articles WHERE id = ?")) {
      s.setString(1, id);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getString(1);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
