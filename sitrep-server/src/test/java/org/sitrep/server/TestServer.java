package org.sitrep.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.sitrep.store.Store;

/** A real server on a free port over a temp store filled with hand-made articles. */
final class TestServer implements AutoCloseable {
  static final String TOKEN = "test-token-0123456789";
  /** Text with markup an attacker might plant in an article. */
  static final String HOSTILE = "Fighting near <script>alert('x')</script> the bridge. "
      + "Shelled <img src=x onerror=alert(1)> the depot. Clashes at <a href=\"javascript:alert(2)\">link</a> gate";

  final Store store;
  /** What was stored, for expectations computed from the same data rather than typed in. */
  final java.util.List<org.sitrep.model.Event> events = new java.util.ArrayList<>();
  final SitrepServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  TestServer(Path dir, ServerConfig config) {
    store = Store.open(dir.resolve("test.duckdb"));
    fill(store);
    server = SitrepServer.start(config, store, TestData::process);
  }

  static ServerConfig config(boolean protectReads, long maxBody) {
    return new ServerConfig(0, TOKEN, protectReads, maxBody);
  }

  private void fill(Store store) {
    save(TestData.article("a1", LocalDate.of(2024, 12, 6),
        "Clashes erupted in the city. Captured the town of Homs. Fled to Beirut by the thousand."));
    save(TestData.article("a2", LocalDate.of(2024, 11, 20),
        "Shelled the capital overnight. Fighting went on. Shelled again. Fled the shelling."));
    save(TestData.article("hostile", LocalDate.of(2024, 10, 1), HOSTILE));
  }

  private void save(org.sitrep.model.Article article) {
    org.sitrep.pipeline.ArticleResult result = TestData.process(article);
    if (article.id().equals("a1")) {
      result = new org.sitrep.pipeline.ArticleResult(article, result.events(), List.of(TestData.backing(result.events().get(0))),
          result.events().size(), 0);
    }
    store.save(result);
    events.addAll(result.events());
  }

  HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(path)).GET(), headers);
  }

  HttpResponse<String> post(String path, byte[] body, String... headers) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body)), headers);
  }

  static JsonNode json(HttpResponse<String> response) throws IOException {
    return Json.MAPPER.readTree(response.body());
  }

  private HttpResponse<String> send(HttpRequest.Builder b, String... headers) throws IOException, InterruptedException {
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  @Override
  public void close() {
    server.close();
    store.close();
  }
}
