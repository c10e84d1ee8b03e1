package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.sitrep.model.Article;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventStatus;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Place;
import org.sitrep.model.PlacePrecision;
import org.sitrep.model.Quantity;
import org.sitrep.pipeline.ArticleResult;
import org.sitrep.store.Store;

/**
 * First paint of the map with many stored events: navigation start → the "markers-drawn"
 * performance mark app.js sets once every page of events is drawn. A measurement, not a test of
 * speed: run on demand with -Dsitrep.bench=true (see BENCHMARKS.md); it only checks that it drew.
 */
class FirstPaintBenchmark {
  private static final int ARTICLES = 100;
  private static final int EVENTS_PER_ARTICLE = 100;
  private static final int LOADS = 5;

  @Test
  void firstPaintWithTenThousandEvents(@TempDir Path dir) {
    Assumptions.assumeTrue(Boolean.getBoolean("sitrep.bench"), "benchmark: run with -Dsitrep.bench=true");
    Assumptions.assumeTrue(Browser.available(), "chromium and chromedriver are not on PATH");
    try (Store store = Store.open(dir.resolve("bench.duckdb"))) {
      fill(store, new Random(42));
      try (SitrepServer server = SitrepServer.start(TestServer.config(false, ServerConfig.DEFAULT_MAX_BODY), store, TestData::process)) {
        ChromeDriver driver = Browser.start();
        try {
          measure(driver, "http://127.0.0.1:" + server.port() + "/");
        } finally {
          driver.quit();
        }
      }
    }
  }

  private static void measure(ChromeDriver driver, String url) {
    double[] ms = new double[LOADS];
    int markers = 0;
    for (int i = 0; i < LOADS; i++) {
      driver.get(url);
      Browser.waitFor(driver).until(d -> d.findElement(By.tagName("body")).getAttribute("data-markers") != null);
      ms[i] = ((Number) driver.executeScript(
          "return performance.getEntriesByName('markers-drawn')[0].startTime")).doubleValue();
      markers = Integer.parseInt(driver.findElement(By.tagName("body")).getAttribute("data-markers"));
    }
    Browser.screenshot(driver, "bench-10k");
    Arrays.sort(ms);
    System.out.printf("[bench] %d events, %d markers drawn (clustered); first paint ms: median %.0f, min %.0f, max %.0f over %d loads%n",
        ARTICLES * EVENTS_PER_ARTICLE, markers, ms[LOADS / 2], ms[0], ms[LOADS - 1], LOADS);
    assertTrue(markers > 0);
  }

  private static void fill(Store store, Random random) {
    EventType[] types = EventType.values();
    for (int a = 0; a < ARTICLES; a++) {
      StringBuilder text = new StringBuilder();
      List<int[]> spans = new ArrayList<>();
      for (int i = 0; i < EVENTS_PER_ARTICLE; i++) {
        int start = text.length();
        text.append("Event ").append(i).append(" of article ").append(a).append(". ");
        spans.add(new int[] {start, text.length() - 2});
      }
      Article article = new Article("bench-" + a, "https://example.org/bench-" + a, "Bench " + a,
          LocalDate.of(2024, 12, 6), "example.org", text.toString(), "bench");
      List<Event> events = new ArrayList<>();
      for (int i = 0; i < EVENTS_PER_ARTICLE; i++) {
        int[] s = spans.get(i);
        Evidence evidence = new Evidence(article.id(), s[0], s[1], text.substring(s[0], s[1]));
        Place place = new Place("P" + random.nextInt(500), null, null, "SYR", null, 32.5 + random.nextDouble() * 4.5,
            35.7 + random.nextDouble() * 6.5, PlacePrecision.CITY);
        String day = LocalDate.of(2024, 9, 1).plusDays(random.nextInt(97)).toString();
        events.add(new Event("bench-" + a + "-" + i, types[random.nextInt(types.length)], EventStatus.OCCURRED,
            TestData.HTS, null, place, new EventDate(day, DatePrecision.DAY, null),
            new Quantity(random.nextInt(10), true, null, null, null), null, null, null, List.of(), article,
            List.of(evidence), 0.8, null, "event", null));
      }
      store.save(new ArticleResult(article, events, List.of(), EVENTS_PER_ARTICLE, 0));
    }
  }
}
