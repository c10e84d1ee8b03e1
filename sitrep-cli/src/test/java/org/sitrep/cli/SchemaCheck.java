package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * Validates output lines against the event contract. The schema is a verbatim copy of
 * shared/schema/event.schema.json (test resource), so the check runs on machines without shared/.
 */
final class SchemaCheck {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonSchema SCHEMA = load();

  private SchemaCheck() {}

  /** Validation messages for an event line; relation lines are checked for their own fields. */
  static Set<ValidationMessage> errors(JsonNode line) {
    if ("relation".equals(line.path("kind").asText())) {
      return Set.of();
    }
    return SCHEMA.validate(line);
  }

  static JsonNode parse(String line) {
    try {
      return MAPPER.readTree(line);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonSchema load() {
    try (InputStream in = SchemaCheck.class.getResourceAsStream("event.schema.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(MAPPER.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
