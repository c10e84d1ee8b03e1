package org.sitrep.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads JSON Lines the jsoup way: every non-blank line is parsed and handed on with its 1-based
 * number; a line that is not JSON, or that the handler rejects with an exception, is reported with
 * the first line of the message and reading goes on.
 */
public final class JsonLines {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** What to do with one parsed line. */
  @FunctionalInterface
  public interface Handler {
    void line(int number, JsonNode node) throws IOException;
  }

  /** Where a bad line goes. */
  @FunctionalInterface
  public interface Problem {
    void line(int number, String message);
  }

  private JsonLines() {}

  public static void read(Reader in, Handler handler, Problem problem) throws IOException {
    BufferedReader lines = new BufferedReader(in);
    int number = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      try {
        handler.line(number, MAPPER.readTree(line));
      } catch (IOException | RuntimeException e) {
        problem.line(number, String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
      }
    }
  }
}
