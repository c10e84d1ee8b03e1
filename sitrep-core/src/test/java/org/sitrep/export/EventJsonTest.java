package org.sitrep.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sitrep.error.ErrorCode;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;

class EventJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final EventJson json = new EventJson();

  private static List<Event> allEvents() {
    List<Event> events = new ArrayList<>();
    for (EventType type : EventType.values()) {
      events.add(Events.minimal("min-" + type.json(), type));
    }
    events.addAll(List.of(Events.battle(), Events.displacement(), Events.airstrike()));
    return events;
  }

  private static JsonSchema schema() throws IOException {
    String shared = System.getProperty("sitrep.shared", "../shared");
    Path path = Path.of(shared, "schema", "event.schema.json");
    Assumptions.assumeTrue(Files.isRegularFile(path), "no schema at " + path);
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    return factory.getSchema(MAPPER.readTree(path.toFile()));
  }

  @Test
  void everyEventValidatesAgainstTheSchema() throws IOException {
    JsonSchema schema = schema();
    for (Event e : allEvents()) {
      Set<ValidationMessage> errors = schema.validate(MAPPER.readTree(json.line(e)));
      assertEquals(Set.of(), errors, e.id());
    }
  }

  @Test
  void schemaRejectsABrokenEvent() throws IOException {
    JsonSchema schema = schema();
    var node = json.toJson(Events.battle());
    node.remove("evidence");
    node.put("type", "picnic");
    assertEquals(2, schema.validate(node).size());
  }

  @Test
  void requiredFieldsArePresentAsNullOrEmpty() {
    JsonNode n = json.toJson(Events.minimal("m", EventType.OTHER));
    for (String field : List.of("target", "location", "fatalities", "injured", "displaced", "from")) {
      assertTrue(n.has(field) && n.get(field).isNull(), field);
    }
    assertTrue(n.get("to").isArray() && n.get("to").isEmpty());
    assertEquals("unknown", n.get("date").get("precision").asText());
  }

  @Test
  void keyOrderIsFixed() {
    List<String> keys = new ArrayList<>();
    Iterator<String> names = json.toJson(Events.battle()).fieldNames();
    names.forEachRemaining(keys::add);
    assertEquals(List.of("kind", "id", "cluster", "type", "status", "acled", "plover", "trigger", "actor", "target",
        "location", "date", "fatalities", "injured", "displaced", "from", "to", "article", "evidence", "confidence"), keys);
    assertEquals(json.line(Events.battle()), new EventJson().line(Events.battle()));
  }

  @Test
  void ontologyComesFromTheMappingFile() {
    JsonNode strike = json.toJson(Events.airstrike());
    assertEquals("Explosions/Remote violence", strike.get("acled").get("event_type").asText());
    assertEquals("Air/drone strike", strike.get("acled").get("sub_event_type").asText());
    assertEquals("ASSAULT", strike.get("plover").asText());
    assertEquals("Russia", strike.get("actor_associates").get(0).get("name").asText());
    assertFalse(strike.has("target_associates"), "left out when there are none");
    JsonNode flee = json.toJson(Events.displacement());
    assertTrue(flee.get("acled").isNull() && flee.get("plover").isNull());
  }

  @Test
  void jsonlRoundTripGivesTheSameRecords() throws IOException {
    StringWriter out = new StringWriter();
    new JsonlWriter(out).writeAll(allEvents(), List.of(Events.backing()));
    JsonlRecords back = json.read(new StringReader(out.toString()), "test.jsonl");
    assertEquals(List.of(), back.failures());
    assertEquals(allEvents(), back.events());
    assertEquals(List.of(Events.backing()), back.relations());
    StringWriter again = new StringWriter();
    new JsonlWriter(again).writeAll(back.events(), back.relations());
    assertEquals(out.toString(), again.toString());
  }

  @Test
  void relationHasTheDocumentedShape() {
    JsonNode r = json.toJson(Events.backing());
    List<String> keys = new ArrayList<>();
    r.fieldNames().forEachRemaining(keys::add);
    assertEquals(List.of("kind", "id", "relation", "subject", "object", "former", "article", "evidence"), keys);
    assertEquals("backed_by", r.get("relation").asText());
    assertFalse(r.get("former").asBoolean(), "a current tie unless the text says it ended");
  }

  @Test
  void brokenLinesBecomeFailuresNotExceptions() throws IOException {
    String good = json.line(Events.battle());
    String input = String.join("\n", good, "{not json", "{\"kind\":\"event\",\"id\":\"x\"}", "[]",
        good.replace("\"battle\"", "\"picnic\""), "", good);
    JsonlRecords back = json.read(new StringReader(input), "in.jsonl");
    assertEquals(2, back.events().size());
    assertEquals(List.of(2, 3, 4, 5), back.failures().stream().map(f -> f.line()).toList());
    assertTrue(back.failures().stream().allMatch(f -> f.code() == ErrorCode.SR105));
  }
}
