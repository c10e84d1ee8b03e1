package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;

class ReadApiTest extends DefaultServer {

  @Test
  void countryAndTypeFiltersMatchTheStoredEvents() throws Exception {
    JsonNode syr = TestServer.json(t.get("/api/events?country=syr"));
    long expected = t.events.stream().filter(e -> "SYR".equals(countryOf(e))).count();
    assertEquals(expected, syr.get("total").asLong());
    syr.get("events").forEach(e -> assertEquals("SYR", countryOf(e)));
    JsonNode battles = TestServer.json(t.get("/api/events?type=battle&status=occurred"));
    long battlesExpected = t.events.stream()
        .filter(e -> e.type() == EventType.BATTLE && e.status().json().equals("occurred")).count();
    assertEquals(battlesExpected, battles.get("total").asLong());
    battles.get("events").forEach(e -> assertEquals("battle", e.get("type").asText()));
  }

  @Test
  void dateAndBboxFiltersKeepOnlyEventsInside() throws Exception {
    JsonNode late = TestServer.json(t.get("/api/events?since=2024-11-19&until=2024-12-05"));
    assertTrue(late.get("total").asLong() > 0);
    late.get("events").forEach(e -> {
      String day = e.get("date").get("value").asText();
      assertTrue(day.compareTo("2024-11-19") >= 0 && day.compareTo("2024-12-05") <= 0, day);
    });
    JsonNode ukraine = TestServer.json(t.get("/api/events?bbox=22,44,40,53"));
    assertTrue(ukraine.get("total").asLong() > 0);
    ukraine.get("events").forEach(e -> assertEquals("Kyiv", e.get("location").get("name").asText()));
  }

  @Test
  void pagesAreDisjointAndCoverEverything() throws Exception {
    Set<String> seen = new HashSet<>();
    int pages = 0;
    for (int offset = 0; offset < t.events.size(); offset += 3) {
      JsonNode page = TestServer.json(t.get("/api/events?limit=3&offset=" + offset));
      assertTrue(page.get("events").size() <= 3);
      page.get("events").forEach(e -> assertTrue(seen.add(e.get("id").asText()), "repeated " + e.get("id")));
      pages++;
    }
    assertEquals(t.events.size(), seen.size());
    assertTrue(pages > 1);
  }

  @Test
  void geoJsonIsAFeatureCollectionOfPoints() throws Exception {
    HttpResponse<String> r = t.get("/api/events?format=geojson&country=UKR");
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/geo+json"));
    JsonNode fc = TestServer.json(r);
    assertEquals("FeatureCollection", fc.get("type").asText());
    assertFalse(fc.get("features").isEmpty());
    for (JsonNode f : fc.get("features")) {
      assertEquals("Feature", f.get("type").asText());
      assertEquals("Point", f.get("geometry").get("type").asText());
      JsonNode lonLat = f.get("geometry").get("coordinates");
      assertEquals(TestData.KYIV.lon(), lonLat.get(0).asDouble(), 1e-9);
      assertEquals(TestData.KYIV.lat(), lonLat.get(1).asDouble(), 1e-9);
    }
  }

  @Test
  void eventDetailEvidenceOffsetsIndexTheArticleText() throws Exception {
    for (Event e : t.events) {
      JsonNode detail = TestServer.json(t.get("/api/events/" + e.id()));
      String text = detail.get("article").get("text").asText();
      JsonNode evidence = detail.get("event").get("evidence").get(0);
      assertEquals(evidence.get("text").asText(), text.substring(evidence.get("start").asInt(), evidence.get("end").asInt()));
    }
  }

  @Test
  void catalogsCountEventsPerActorAndPlace() throws Exception {
    JsonNode actors = TestServer.json(t.get("/api/actors")).get("actors");
    long rus = t.events.stream().filter(e -> e.actor() == TestData.RUSSIA).count();
    boolean found = false;
    for (JsonNode a : actors) {
      if ("Russia".equals(a.get("name").asText())) {
        assertEquals(rus, a.get("events").asLong());
        found = true;
      }
    }
    assertTrue(found);
    JsonNode places = TestServer.json(t.get("/api/places?limit=1")).get("places");
    assertEquals(1, places.size());
    assertTrue(TestServer.json(t.get("/api/relations")).get("relations").isArray());
  }

  @Test
  void flowsFoldDisplacementsIntoPairs() throws Exception {
    JsonNode flows = TestServer.json(t.get("/api/flows")).get("flows");
    long displacements = t.events.stream().filter(e -> e.type() == EventType.DISPLACEMENT).count();
    long counted = 0;
    for (JsonNode f : flows) {
      counted += f.get("events").asLong();
      assertEquals("Homs", f.get("from").get("name").asText());
      assertEquals(f.get("events").asLong(), f.get("event_ids").size());
    }
    assertEquals(displacements, counted);
  }

  @Test
  void controlTimelineListsTheCapture() throws Exception {
    JsonNode control = TestServer.json(t.get("/api/control?place=Homs"));
    assertEquals("Homs", control.get("place").asText());
    boolean capture = false;
    for (JsonNode c : control.get("changes")) {
      capture |= c.get("event").asText().startsWith("ev-a1-");
    }
    assertTrue(capture, control.toString());
    assertEquals(400, t.get("/api/control").statusCode());
  }

  static String countryOf(Event e) {
    return e.location() != null ? e.location().country() : e.from().country();
  }

  static String countryOf(JsonNode e) {
    JsonNode place = e.get("location").isNull() ? e.get("from") : e.get("location");
    return place.get("country").asText();
  }
}
