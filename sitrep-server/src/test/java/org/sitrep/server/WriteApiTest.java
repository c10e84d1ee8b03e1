package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriteApiTest {
  private static final long LIMIT = 4096;
  private static final String AUTH = "Bearer " + TestServer.TOKEN;
  private static final String TEXT = "Captured the village of Homs after heavy fighting on Friday. "
      + "Fled towards Beirut as the front moved. Residents said the shelling had stopped by evening.";
  @TempDir static Path dir;
  static TestServer t;

  @BeforeAll
  static void start() {
    t = new TestServer(dir, TestServer.config(false, LIMIT));
  }

  @AfterAll
  static void stop() {
    t.close();
  }

  @Test
  void writesNeedTheBearerToken() throws Exception {
    byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
    ErrorsTest.assertErrorShape(ErrorsTest.expect(401, t.post("/api/articles", body, "Content-Type", "text/plain")), "HTTP401");
    ErrorsTest.assertErrorShape(ErrorsTest.expect(401, t.post("/api/articles", body, "Authorization", "Bearer wrong")), "HTTP401");
    ErrorsTest.assertErrorShape(ErrorsTest.expect(401, t.post("/api/articles", body, "Authorization", TestServer.TOKEN)), "HTTP401");
  }

  @Test
  void oversizedBodiesAre413() throws Exception {
    byte[] big = new byte[(int) LIMIT + 1];
    Arrays.fill(big, (byte) 'a');
    ErrorsTest.assertErrorShape(ErrorsTest.expect(413, t.post("/api/articles", big, "Authorization", AUTH)), "HTTP413");
  }

  @Test
  void postedTextIsProcessedStoredAndReturned() throws Exception {
    long before = t.store.count("events");
    HttpResponse<String> r = t.post("/api/articles", TEXT.getBytes(StandardCharsets.UTF_8),
        "Authorization", AUTH, "Content-Type", "text/plain");
    assertEquals(200, r.statusCode(), r.body());
    JsonNode article = TestServer.json(r).get("articles").get(0);
    assertEquals("new", article.get("admission").asText());
    JsonNode events = article.get("events");
    assertTrue(events.size() > 0);
    assertEquals(before + events.size(), TestServer.json(t.get("/api/events?limit=1000")).get("total").asLong());
    String id = events.get(0).get("id").asText();
    assertEquals(200, t.get("/api/events/" + id).statusCode());
    JsonNode again = TestServer.json(t.post("/api/articles", TEXT.getBytes(StandardCharsets.UTF_8),
        "Authorization", AUTH, "Content-Type", "text/plain")).get("articles").get(0);
    assertEquals("same_article", again.get("admission").asText());
    assertEquals(events.size(), again.get("events").size());
  }

  @Test
  void emptyOrBinaryBodiesAreUnprocessableWithAnSrCode() throws Exception {
    HttpResponse<String> empty = t.post("/api/articles", new byte[0], "Authorization", AUTH);
    assertEquals(422, empty.statusCode(), empty.body());
    assertTrue(TestServer.json(empty).get("code").asText().matches("SR1\\d\\d"), empty.body());
    byte[] binary = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2};
    HttpResponse<String> png = t.post("/api/articles", binary, "Authorization", AUTH);
    assertEquals(422, png.statusCode(), png.body());
  }

  @Test
  void publishedParameterDatesAnUndatedArticle() throws Exception {
    String text = "Fled the city of Homs as the shelling went on through the night and into the morning hours.";
    HttpResponse<String> r = t.post("/api/articles?published=2023-03-04", text.getBytes(StandardCharsets.UTF_8),
        "Authorization", AUTH, "Content-Type", "text/plain");
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("2023-03-04", TestServer.json(r).get("articles").get(0).get("published").asText());
    HttpResponse<String> bad = t.post("/api/articles?published=soon", text.getBytes(StandardCharsets.UTF_8), "Authorization", AUTH);
    ErrorsTest.assertErrorShape(ErrorsTest.expect(400, bad), "HTTP400");
  }

  @Test
  void otherMethodsOnKnownPathsAre405() throws Exception {
    ErrorsTest.assertErrorShape(ErrorsTest.expect(405, t.post("/api/events", new byte[0], "Authorization", AUTH)), "HTTP405");
  }

  @Test
  void protectedReadsNeedTheTokenToo() throws Exception {
    try (TestServer locked = new TestServer(dir.resolve("locked"), TestServer.config(true, LIMIT))) {
      ErrorsTest.assertErrorShape(ErrorsTest.expect(401, locked.get("/api/events")), "HTTP401");
      assertEquals(200, locked.get("/api/events", "Authorization", AUTH).statusCode());
      assertEquals(200, locked.get("/").statusCode(), "the UI page itself stays public");
    }
  }
}
