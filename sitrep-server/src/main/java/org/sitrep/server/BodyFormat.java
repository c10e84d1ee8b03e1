package org.sitrep.server;

import java.util.Locale;

/**
 * The file extension that tells the ingestor how to read a POST body, from its Content-Type:
 * HTML, JSON lines, plain text, or none (the ingestor sniffs the content).
 */
final class BodyFormat {
  private BodyFormat() {}

  static String extension(String contentType) {
    String type = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return switch (type) {
      case "text/html", "application/xhtml+xml" -> ".html";
      case "application/json", "application/jsonl", "application/x-ndjson", "application/jsonlines" -> ".jsonl";
      case "text/plain" -> ".txt";
      default -> "";
    };
  }
}
