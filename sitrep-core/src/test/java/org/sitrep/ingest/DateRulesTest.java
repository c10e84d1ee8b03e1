package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;

class DateRulesTest {
  private static final LocalDate FALLBACK = LocalDate.of(2025, 1, 10);

  private static Article ingest(String name, String content, LocalDate fallback) {
    List<Article> articles = new ArrayList<>();
    List<Object> failures = new ArrayList<>();
    new Ingestor(IngestOptions.defaults().withPublishedFallback(fallback))
        .ingestBytes(name, content.getBytes(StandardCharsets.UTF_8), articles::add, failures::add);
    assertEquals(List.of(), failures);
    return articles.get(0);
  }

  private static String withDateline(String dateline) {
    return "Headline of the story\n\n" + dateline + " " + Samples.BODY;
  }

  @Test
  void longFormDatelineWithYear() {
    Article article = ingest("a.txt", withDateline("DAMASCUS, Syria, December 6, 2024 —"), FALLBACK);
    assertEquals(LocalDate.of(2024, 12, 6), article.published());
  }

  @Test
  void reutersDatelineTakesTheYearFromTheFallbackWithoutPassingIt() {
    assertEquals(LocalDate.of(2024, 12, 6),
        ingest("a.txt", withDateline("BEIRUT, Dec 6 (Reuters) —"), FALLBACK).published());
    assertEquals(LocalDate.of(2025, 1, 3),
        ingest("a.txt", withDateline("BEIRUT, Jan 3 (Reuters) -"), FALLBACK).published());
  }

  @Test
  void yearlessDatelineWithoutFallbackGivesNoDate() {
    assertNull(ingest("a.txt", withDateline("BEIRUT, Dec 6 (Reuters) —"), null).published());
  }

  @Test
  void datelineWithoutDateUsesTheFallback() {
    assertEquals(FALLBACK, ingest("a.txt", withDateline("KHARTOUM, Sudan (AP) —"), FALLBACK).published());
  }

  @Test
  void dayFirstDateline() {
    assertEquals(LocalDate.of(2024, 3, 2),
        ingest("a.txt", withDateline("GAZA CITY, 2 March 2024 —"), null).published());
  }

  @Test
  void impossibleDatelineDateIsIgnored() {
    assertEquals(FALLBACK, ingest("a.txt", withDateline("BEIRUT, Feb 31, 2024 —"), FALLBACK).published());
  }

  @Test
  void htmlMetadataBeatsDatelineAndFallback() {
    String html = "<html><head><meta property=\"article:published_time\" content=\"2024-11-30T08:00:00Z\">"
        + "<link rel=\"canonical\" href=\"https://www.news.example/x\"></head><body><article><h1>Headline</h1>"
        + "<p>BEIRUT, Dec 6 (Reuters) — " + Samples.BODY + "</p></article></body></html>";
    Article article = ingest("page.html", html, FALLBACK);
    assertEquals(LocalDate.of(2024, 11, 30), article.published());
    assertEquals("https://www.news.example/x", article.url());
    assertEquals("news.example", article.source());
    assertEquals("Headline", article.title());
  }

  @Test
  void timeElementDate() {
    String html = "<html><body><article><h1>Headline</h1><time datetime=\"2023-05-04\">May 4</time>"
        + "<p>" + Samples.BODY + "</p></article></body></html>";
    assertEquals(LocalDate.of(2023, 5, 4), ingest("page.htm", html, FALLBACK).published());
  }

  @Test
  void undatedArticleGetsTheFallback() {
    assertEquals(FALLBACK, ingest("a.txt", Samples.ARTICLE, FALLBACK).published());
  }
}
