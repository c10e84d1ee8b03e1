package org.sitrep.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.Locale;

/** JSON helpers: rows to objects, stored JSON columns to trees. */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  /** Parses JSON the store wrote; a broken value becomes a JSON string rather than an error. */
  static JsonNode parse(String stored) {
    try {
      return stored == null ? MAPPER.nullNode() : MAPPER.readTree(stored);
    } catch (JsonProcessingException e) {
      return MAPPER.getNodeFactory().textNode(stored);
    }
  }

  static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree node always serialises", e);
    }
  }

  /** Every row as an object keyed by lower-case column name; dates and other types as text or numbers. */
  static ArrayNode rows(ResultSet r) throws SQLException {
    ArrayNode out = array();
    ResultSetMetaData meta = r.getMetaData();
    while (r.next()) {
      ObjectNode row = out.addObject();
      for (int c = 1; c <= meta.getColumnCount(); c++) {
        put(row, meta.getColumnLabel(c).toLowerCase(Locale.ROOT), r.getObject(c));
      }
    }
    return out;
  }

  /** The first column of every row, parsed as stored JSON. */
  static ArrayNode jsonColumn(PreparedStatement s) throws SQLException {
    ArrayNode out = array();
    try (ResultSet r = s.executeQuery()) {
      while (r.next()) {
        out.add(parse(r.getString(1)));
      }
    }
    return out;
  }

  private static void put(ObjectNode row, String name, Object value) {
    if (value == null) {
      row.putNull(name);
    } else if (value instanceof Number n && !(value instanceof java.math.BigDecimal)) {
      row.set(name, MAPPER.valueToTree(n));
    } else if (value instanceof Boolean b) {
      row.put(name, b);
    } else {
      row.put(name, value.toString());
    }
  }
}
