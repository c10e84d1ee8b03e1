package org.sitrep.eval.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * Streams the records of one JSONL eval file. A line that is not JSON, or that the parser rejects
 * (no text, a bad date), goes to the {@link Problems} sink with its 1-based number and reading
 * goes on; {@link #next} returns null at the end.
 */
public final class CaseReader<T extends EvalCase> {
  /** What is wrong with a bad line. */
  public enum Problem { BROKEN_JSON, BAD_DATE, BAD_RECORD }

  /** Where a bad line goes. */
  @FunctionalInterface
  public interface Problems {
    void line(int number, Problem problem, String message);
  }

  /** A record with the line it came from. */
  public record Numbered<T>(int line, T value) {}

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final BufferedReader in;
  private final Function<JsonNode, T> parser;
  private final Problems problems;
  private int line;

  public CaseReader(BufferedReader in, Function<JsonNode, T> parser, Problems problems) {
    this.in = in;
    this.parser = parser;
    this.problems = problems;
  }

  public Numbered<T> next() {
    for (String text = readLine(); text != null; text = readLine()) {
      if (!text.isBlank()) {
        T value = parse(text);
        if (value != null) {
          return new Numbered<>(line, value);
        }
      }
    }
    return null;
  }

  private T parse(String text) {
    JsonNode node;
    try {
      node = MAPPER.readTree(text);
    } catch (IOException | RuntimeException e) {
      problems.line(line, Problem.BROKEN_JSON, firstLine(e.getMessage()));
      return null;
    }
    try {
      if (!node.isObject()) {
        throw new IllegalArgumentException("not a JSON object");
      }
      return parser.apply(node);
    } catch (DateTimeParseException e) {
      problems.line(line, Problem.BAD_DATE, firstLine(e.getMessage()));
      return null;
    } catch (RuntimeException e) {
      problems.line(line, Problem.BAD_RECORD, firstLine(e.getMessage()));
      return null;
    }
  }

  private String readLine() {
    try {
      String text = in.readLine();
      line++;
      return text;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String firstLine(String message) {
    return String.valueOf(message).lines().findFirst().orElse("");
  }
}
