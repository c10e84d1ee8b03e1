package org.sitrep.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.sitrep.clean.Cleaned;
import org.sitrep.clean.Cleaner;
import org.sitrep.error.ErrorCode;
import org.sitrep.error.Failure;

/**
 * Reads JSON Lines records {"id", "url"?, "title"?, "published"?, "source"?, "text" | "html"}, one per
 * line. A broken line gives SR105, a record without text or html SR106, an unreadable "published"
 * SR110 (the article is still kept, dated by the other rules); the other lines go on.
 */
final class JsonlReader {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final Cleaner cleaner;
  private final DateText dates;
  private final long maxRecordChars;

  JsonlReader(Cleaner cleaner, DateText dates, long maxRecordChars) {
    this.cleaner = cleaner;
    this.dates = dates;
    this.maxRecordChars = maxRecordChars;
  }

  static boolean isJsonObject(String line) {
    try {
      return JSON.readTree(line).isObject();
    } catch (JacksonException | RuntimeException e) {
      return false;
    }
  }

  void read(InputUnit unit, String content, Consumer<Draft> drafts, Consumer<Failure> failed) {
    String[] lines = content.split("\\r?\\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        readLine(unit, i + 1, lines[i], drafts, failed);
      }
    }
  }

  private void readLine(InputUnit unit, int line, String json, Consumer<Draft> drafts, Consumer<Failure> failed) {
    if (json.length() > maxRecordChars) {
      failed.accept(new Failure(unit.name(), line, ErrorCode.SR104, json.length() + " characters, limit " + maxRecordChars + " per record"));
      return;
    }
    JsonNode record;
    try {
      record = JSON.readTree(json);
    } catch (JacksonException | RuntimeException e) {
      failed.accept(new Failure(unit.name(), line, ErrorCode.SR105, shortMessage(e)));
      return;
    }
    if (!record.isObject()) {
      failed.accept(new Failure(unit.name(), line, ErrorCode.SR105, "not a JSON object"));
      return;
    }
    String text = string(record, "text");
    String html = string(record, "html");
    if (isBlank(text) && isBlank(html)) {
      failed.accept(new Failure(unit.name(), line, ErrorCode.SR106, null));
      return;
    }
    drafts.accept(draft(unit, line, record, text, html, failed));
  }

  private Draft draft(InputUnit unit, int line, JsonNode record, String text, String html, Consumer<Failure> failed) {
    String title = string(record, "title");
    boolean fromHtml = isBlank(text);
    Cleaned cleaned = fromHtml ? cleaner.cleanHtml(Jsoup.parse(html), title) : cleaner.cleanText(text, title);
    String id = isBlank(string(record, "id")) ? unit.id() + "-" + line : string(record, "id").strip();
    return new Draft(unit.name(), line, id, string(record, "url"), published(unit, line, record, failed),
        string(record, "source"), cleaned, fromHtml);
  }

  private LocalDate published(InputUnit unit, int line, JsonNode record, Consumer<Failure> failed) {
    String value = string(record, "published");
    if (isBlank(value)) {
      return null;
    }
    LocalDate date = dates.parse(value);
    if (date == null) {
      failed.accept(new Failure(unit.name(), line, ErrorCode.SR110, "published: " + value));
    }
    return date;
  }

  /** A field as text (numbers too, e.g. a numeric id), or null when absent, null or structured. */
  private static String string(JsonNode record, String field) {
    JsonNode value = record.get(field);
    return value == null || !value.isValueNode() || value.isNull() ? null : value.asText();
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  private static String shortMessage(Exception e) {
    String message = e instanceof JacksonException j ? j.getOriginalMessage() : e.getMessage();
    String firstLine = String.valueOf(message).lines().findFirst().orElse("");
    return firstLine.length() > 120 ? firstLine.substring(0, 120) + "…" : firstLine;
  }
}
