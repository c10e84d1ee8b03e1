package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Reads on the pooled connections in parallel, and the answer cache forgetting what a write made stale. */
class ConcurrentReadTest extends DefaultServer {
  private static final String[] QUERIES = {"/api/events", "/api/events?type=battle", "/api/events?country=UKR",
      "/api/events?actor=russia", "/api/events?limit=1&offset=2", "/api/actors", "/api/relations"};

  @Test
  void parallelReadsGiveTheSameAnswersAsSerialOnes() throws Exception {
    List<String> serial = new ArrayList<>();
    for (String q : QUERIES) {
      serial.add(t.get(q).body());
    }
    ExecutorService pool = Executors.newFixedThreadPool(12);
    try {
      List<Future<String>> answers = new ArrayList<>();
      for (int round = 0; round < 10; round++) {
        for (String q : QUERIES) {
          answers.add(pool.submit(() -> t.get(q).body()));
        }
      }
      for (int i = 0; i < answers.size(); i++) {
        assertEquals(serial.get(i % QUERIES.length), answers.get(i).get(), QUERIES[i % QUERIES.length]);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aWriteMakesCachedEventListsFresh() throws Exception {
    long before = TestServer.json(t.get("/api/events?limit=1000")).get("total").asLong();
    t.get("/api/events?limit=1000");
    byte[] body = "Clashes near the river. Captured the hill.".getBytes(StandardCharsets.UTF_8);
    var posted = t.post("/api/articles?published=2024-12-01", body, "Authorization", "Bearer " + TestServer.TOKEN,
        "Content-Type", "text/plain");
    assertEquals(200, posted.statusCode(), posted.body());
    long after = TestServer.json(t.get("/api/events?limit=1000")).get("total").asLong();
    assertTrue(after > before, before + " → " + after);
  }

  @Test
  void everyPageReportsTheWholeFiltersTotalEvenPastTheEnd() throws Exception {
    // Counted from the full list, not t.events: another test here posts an article.
    long battles = TestServer.json(t.get("/api/events?type=battle&limit=1000")).get("events").size();
    assertTrue(battles > 2);
    for (int offset = 0; offset <= battles + 1; offset++) {
      var page = TestServer.json(t.get("/api/events?type=battle&limit=2&offset=" + offset));
      assertEquals(battles, page.get("total").asLong(), "offset " + offset);
      assertEquals(Math.max(0, Math.min(2, battles - offset)), page.get("events").size(), "offset " + offset);
    }
  }
}
