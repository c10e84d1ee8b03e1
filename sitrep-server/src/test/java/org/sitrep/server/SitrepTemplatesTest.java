package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SitrepTemplatesTest {
  private final SitrepTemplates t = SitrepTemplates.load();

  @Test
  void optionalPartsGoWhenTheirValueIsEmpty() {
    String with = t.fill("event.battle", Map.of("actor", "HTS", "target", "the army", "place", "Hama"));
    String without = t.fill("event.battle", Map.of("actor", "HTS", "target", "", "place", "Hama"));
    assertTrue(with.contains("the army") && with.contains("Hama"), with);
    assertFalse(without.contains("  ") || without.contains("{"), without);
    assertTrue(without.contains("Hama"), without);
  }

  @Test
  void everyEventTypeOfTheSchemaHasATemplate() {
    for (org.sitrep.model.EventType type : org.sitrep.model.EventType.values()) {
      assertTrue(t.has("event." + type.json()), type.json());
    }
  }

  @Test
  void randomValuesNeverLeaveBracesOrThrow() {
    Random random = new Random(7);
    String[] keys = {"main", "flow", "title", "overview", "control.gain", "event.displacement"};
    for (int i = 0; i < 500; i++) {
      String value = random.nextBoolean() ? "" : Long.toString(random.nextLong(), 36) + "$\\{x}[y]";
      Map<String, String> values = Map.of("day", value, "what", value, "from", value, "to", value,
          "displaced", value, "area", value, "gainer", value, "place", value);
      String out = t.fill(keys[i % keys.length], values);
      assertFalse(out.replace(value, "").contains("{"), out);
    }
  }

  @Test
  void anUnknownKeyGivesNothing() {
    assertEquals("", t.fill("no.such.key", Map.of()));
  }
}
