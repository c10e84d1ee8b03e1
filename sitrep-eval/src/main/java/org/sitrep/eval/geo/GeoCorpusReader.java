package org.sitrep.eval.geo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.export.JsonLines;
import org.sitrep.model.Span;

/**
 * Reads a geoparsing corpus in the shared JSONL form ({@code ../shared/data/<set>/dev.jsonl}, see
 * each set's PROVENANCE.md): {"id","text","toponyms":[{"start","end","name","lat","lon",
 * "geonameid","non_locational"}],"dropped_toponyms"}. Bad lines and spans outside the text become
 * problems; reading never throws on malformed input.
 */
public final class GeoCorpusReader {
  /** The records read and what was wrong with the rest. */
  public record Corpus(List<GeoDocument> documents, List<String> problems) {}

  public Corpus read(Path file) {
    List<GeoDocument> docs = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      JsonLines.read(in, (n, node) -> record(node, docs, problems, file + ":" + n),
          (n, message) -> problems.add(file + ":" + n + ": " + message));
    } catch (IOException | RuntimeException e) {
      problems.add(file + ": " + e.getMessage());
    }
    return new Corpus(docs, problems);
  }

  private static void record(JsonNode node, List<GeoDocument> docs, List<String> problems, String where) {
    String text = node.path("text").asText("");
    String id = node.path("id").asText(where);
    List<GoldToponym> gold = new ArrayList<>();
    for (JsonNode t : node.path("toponyms")) {
      int start = t.path("start").asInt(-1);
      int end = t.path("end").asInt(-1);
      if (start < 0 || end <= start || end > text.length()) {
        problems.add(where + ": toponym outside the text [" + start + "," + end + ")");
        continue;
      }
      gold.add(new GoldToponym(new Span(start, end), t.path("name").asText(text.substring(start, end)),
          number(t.get("lat")), number(t.get("lon")), t.path("geonameid").asText(null),
          t.path("non_locational").asBoolean(false)));
    }
    docs.add(new GeoDocument(id, text, gold, node.path("dropped_toponyms").asInt(0) == 0));
  }

  private static Double number(JsonNode n) {
    return n == null || !n.isNumber() ? null : n.asDouble();
  }
}
