package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Errors are {"code","message"} JSON with the right status, whatever the input; article markup is inert data. */
class ErrorsTest extends DefaultServer {
  private static final String[] PARAMS = {"country", "type", "actor", "since", "until", "bbox", "status", "limit", "offset", "format"};

  @Test
  void badParametersAre400WithTheErrorShape() throws Exception {
    for (String query : new String[] {"limit=abc", "limit=0", "limit=100000", "offset=-1", "since=yesterday", "bbox=1,2,3",
        "bbox=5,5,1,1"}) {
      HttpResponse<String> r = t.get("/api/events?" + query);
      assertEquals(400, r.statusCode(), query);
      assertErrorShape(r, "HTTP400");
    }
  }

  @Test
  void unknownRoutesAndIdsAre404Json() throws Exception {
    assertErrorShape(expect(404, t.get("/api/nothing")), "HTTP404");
    assertErrorShape(expect(404, t.get("/api/events/no-such-id")), "HTTP404");
  }

  @Test
  void randomQueriesNeverGiveA500OrAStackTrace() throws Exception {
    Random random = new Random(42);
    for (int i = 0; i < 60; i++) {
      StringBuilder q = new StringBuilder();
      for (int p = 0; p < 1 + random.nextInt(3); p++) {
        q.append(p == 0 ? "" : "&").append(PARAMS[random.nextInt(PARAMS.length)]).append('=')
            .append(URLEncoder.encode(randomValue(random), StandardCharsets.UTF_8));
      }
      HttpResponse<String> r = t.get("/api/events?" + q);
      assertTrue(r.statusCode() == 200 || r.statusCode() == 400, q + " -> " + r.statusCode() + " " + r.body());
      assertFalse(r.body().contains("at org.") || r.body().contains("Exception"), r.body());
      if (r.statusCode() == 400) {
        assertErrorShape(r, "HTTP400");
      }
    }
  }

  @Test
  void articleMarkupComesBackAsPlainJsonStrings() throws Exception {
    HttpResponse<String> r = t.get("/api/events/ev-hostile-0");
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"));
    JsonNode detail = TestServer.json(r);
    assertEquals(TestServer.HOSTILE, detail.get("article").get("text").asText());
    assertTrue(detail.get("event").get("evidence").get(0).get("text").asText().contains("<script>"));
  }

  private static String randomValue(Random random) {
    String alphabet = "abcSYR0123456789-,.'\"%_;<>&= é\u0000";
    StringBuilder b = new StringBuilder();
    for (int i = random.nextInt(12); i > 0; i--) {
      b.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  static HttpResponse<String> expect(int status, HttpResponse<String> r) {
    assertEquals(status, r.statusCode(), r.body());
    return r;
  }

  static void assertErrorShape(HttpResponse<String> r, String code) throws Exception {
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.headers().toString());
    JsonNode body = TestServer.json(r);
    assertEquals(code, body.get("code").asText(), r.body());
    assertTrue(body.get("message").isTextual());
    assertEquals(2, body.size(), r.body());
  }
}
