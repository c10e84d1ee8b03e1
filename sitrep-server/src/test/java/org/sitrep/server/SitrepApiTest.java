package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SitrepApiTest extends DefaultServer {

  @Test
  void everyCitationQuotesTheArticleAtItsOffsets() throws Exception {
    JsonNode report = TestServer.json(t.get("/api/sitrep"));
    List<JsonNode> citations = citations(report);
    assertFalse(citations.isEmpty());
    for (JsonNode c : citations) {
      if (c.get("event_id").isNull()) {
        continue;
      }
      JsonNode detail = TestServer.json(t.get("/api/events/" + c.get("event_id").asText()));
      String text = detail.get("article").get("text").asText();
      assertEquals(c.get("sentence").asText(), text.substring(c.get("start").asInt(), c.get("end").asInt()));
      assertEquals(detail.get("article").get("id").asText(), c.get("article_id").asText());
    }
  }

  @Test
  void citationsAreNumberedInOrderAndMarkedInTheText() throws Exception {
    JsonNode report = TestServer.json(t.get("/api/sitrep"));
    int expected = 0;
    for (JsonNode p : report.get("paragraphs")) {
      for (JsonNode c : p.get("citations")) {
        expected++;
        assertEquals(expected, c.get("n").asInt());
        assertTrue(p.get("text").asText().contains("[" + expected + "]"), p.get("text").asText());
      }
    }
  }

  @Test
  void theOverviewCountsTheEventsOfTheWindow() throws Exception {
    JsonNode report = TestServer.json(t.get("/api/sitrep?since=2024-11-19&until=2024-12-05"));
    long expected = t.events.stream().map(e -> e.date().value())
        .filter(d -> d.compareTo("2024-11-19") >= 0 && d.compareTo("2024-12-05") <= 0).count();
    assertEquals(expected, report.get("events").asLong());
    String overview = report.get("paragraphs").get(0).get("text").asText();
    assertTrue(overview.startsWith(expected + " events"), overview);
    assertEquals("2024-11-19", report.get("window").get("since").asText());
  }

  @Test
  void aPlaceReportTellsItsControlChanges() throws Exception {
    JsonNode report = TestServer.json(t.get("/api/sitrep?place=Homs"));
    assertTrue(report.get("title").asText().contains("Homs"));
    JsonNode control = paragraph(report, "control");
    assertTrue(control != null && control.get("text").asText().contains("took control of Homs"), report.toString());
  }

  @Test
  void theStoredBackingIsToldAndCited() throws Exception {
    JsonNode ties = paragraph(TestServer.json(t.get("/api/sitrep")), "relations");
    assertTrue(ties.get("text").asText().contains(TestData.HTS.name() + " is backed by " + TestData.RUSSIA.name()), ties.toString());
    JsonNode c = ties.get("citations").get(0);
    assertTrue(c.get("relation_id").asText().startsWith("rel-"));
    assertFalse(ties.get("heading").asText().isBlank());
  }

  @Test
  void theMainEventsAreInDateOrder() throws Exception {
    JsonNode main = paragraph(TestServer.json(t.get("/api/sitrep")), "main");
    List<String> days = new ArrayList<>();
    for (JsonNode c : main.get("citations")) {
      JsonNode event = TestServer.json(t.get("/api/events/" + c.get("event_id").asText())).get("event");
      days.add(event.get("date").get("value").asText());
    }
    List<String> sorted = new ArrayList<>(days);
    sorted.sort(null);
    assertEquals(sorted, days);
    assertTrue(days.size() <= SitrepReport.MAIN_EVENTS);
  }

  @Test
  void anEmptyWindowSaysSoAndCitesNothing() throws Exception {
    JsonNode report = TestServer.json(t.get("/api/sitrep?since=2030-01-01"));
    assertEquals(0, report.get("events").asInt());
    assertTrue(citations(report).isEmpty());
    assertTrue(report.get("paragraphs").get(0).get("text").asText().startsWith("No events"));
  }

  @Test
  void malformedParametersAre400() throws Exception {
    assertEquals(400, t.get("/api/sitrep?since=yesterday").statusCode());
    assertEquals(400, t.get("/api/sitrep?bbox=1,2,3").statusCode());
  }

  private static JsonNode paragraph(JsonNode report, String section) {
    for (JsonNode p : report.get("paragraphs")) {
      if (section.equals(p.get("section").asText())) {
        return p;
      }
    }
    return null;
  }

  private static List<JsonNode> citations(JsonNode report) {
    List<JsonNode> out = new ArrayList<>();
    report.get("paragraphs").forEach(p -> p.get("citations").forEach(out::add));
    return out;
  }
}
