package org.sitrep.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;

class WritersTest {
  private static final List<Event> EVENTS = List.of(Events.battle(), Events.displacement(), Events.airstrike(),
      Events.minimal("m", EventType.PROTEST));

  @Test
  void csvEscapesCommasQuotesAndNewlines() {
    assertEquals("plain", CsvWriter.escape("plain"));
    assertEquals("\"a,b\"", CsvWriter.escape("a,b"));
    assertEquals("\"say \"\"no\"\"\"", CsvWriter.escape("say \"no\""));
    assertEquals("\"two\nlines\"", CsvWriter.escape("two\nlines"));
    assertEquals("\"cr\rhere\"", CsvWriter.escape("cr\rhere"));
    assertEquals("", CsvWriter.escape(null));
  }

  @Test
  void csvHasOneRowPerEventWithTheHeaderColumns() throws IOException {
    StringWriter out = new StringWriter();
    new CsvWriter(out).writeAll(EVENTS);
    List<List<String>> rows = parseCsv(out.toString());
    assertEquals(CsvWriter.HEADER, rows.get(0));
    assertEquals(EVENTS.size() + 1, rows.size());
    for (List<String> row : rows) {
      assertEquals(CsvWriter.HEADER.size(), row.size());
    }
    List<String> battle = rows.get(1);
    assertEquals(Events.battle().evidence().get(0).text(), battle.get(CsvWriter.HEADER.indexOf("evidence")));
    assertEquals("20", battle.get(CsvWriter.HEADER.indexOf("fatalities")));
    assertEquals("Latakia;Tartus", rows.get(2).get(CsvWriter.HEADER.indexOf("to")));
    assertTrue(out.toString().endsWith("\r\n"));
  }

  /** A strict RFC 4180 reader, to check the writer against. */
  private static List<List<String>> parseCsv(String s) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        field.append(c);
      }
    }
    return rows;
  }

  @Test
  void geoJsonHasOnePointPerLocatedEvent() throws IOException {
    StringWriter out = new StringWriter();
    new GeoJsonWriter(out).writeAll(EVENTS);
    JsonNode fc = new ObjectMapper().readTree(out.toString());
    assertEquals("FeatureCollection", fc.get("type").asText());
    assertEquals(2, fc.get("features").size());
    assertEquals(2, fc.get("omitted_without_coordinates").asInt());
    for (JsonNode f : fc.get("features")) {
      assertEquals("Feature", f.get("type").asText());
      assertEquals("Point", f.get("geometry").get("type").asText());
      JsonNode xy = f.get("geometry").get("coordinates");
      assertTrue(xy.size() == 2 && Math.abs(xy.get(0).asDouble()) <= 180 && Math.abs(xy.get(1).asDouble()) <= 90);
      assertTrue(f.get("properties").get("evidence").asText().length() > 0);
    }
    JsonNode flee = fc.get("features").get(1);
    assertEquals("from", flee.get("properties").get("place_role").asText());
    assertEquals(Events.HOMS.lon(), flee.get("geometry").get("coordinates").get(0).asDouble());
    assertEquals(2, flee.get("properties").get("to").size());
  }

  @Test
  void tableHasALinePerEventAndASummary() throws IOException {
    StringWriter out = new StringWriter();
    new TableWriter(out).writeAll(EVENTS);
    List<String> lines = out.toString().lines().toList();
    assertEquals(EVENTS.size() + 2, lines.size());
    assertTrue(lines.get(1).contains("Hayat Tahrir al-Sham → Syrian Arab Army"), lines.get(1));
    assertTrue(lines.get(1).contains("~20/12/-"), lines.get(1));
    assertEquals("4 events: battle 1, explosion_remote_violence 1, displacement 1, protest 1", lines.get(lines.size() - 1));
    assertTrue(lines.stream().allMatch(l -> l.length() <= 3 + 25 + 11 + 10 + 40 + 18 + 16 + 60 + 7));
  }

  @Test
  void fitCutsAndPads() {
    assertEquals("ab  ", TableWriter.fit("ab", 4));
    assertEquals("abc…", TableWriter.fit("abcdef", 4));
    assertEquals("a b ", TableWriter.fit("a\nb", 4));
  }

  @Test
  void writersAreDeterministic() throws IOException {
    assertEquals(render(), render());
  }

  private static String render() throws IOException {
    StringWriter out = new StringWriter();
    new CsvWriter(out).writeAll(EVENTS);
    new GeoJsonWriter(out).writeAll(EVENTS);
    new TableWriter(out).writeAll(EVENTS);
    new JsonlWriter(out).writeAll(EVENTS, List.of(Events.backing()));
    return out.toString();
  }
}
