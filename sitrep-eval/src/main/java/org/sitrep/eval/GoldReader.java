package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.sitrep.export.JsonLines;

/**
 * Reads gold files: one {@code <article-id>.jsonl} per article, one expected event per line. A bad
 * line or unreadable file becomes a problem message; reading never throws on malformed input.
 */
public final class GoldReader {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Every {@code *.jsonl} in {@code dir}; the file name (without .jsonl) is the article id. */
  public GoldSet readDir(Path dir) {
    Map<String, List<GoldEvent>> byArticle = new HashMap<>();
    List<String> problems = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
        String id = f.getFileName().toString().replaceFirst("\\.jsonl$", "");
        try (Reader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
          byArticle.put(id, read(in, id, problems));
        } catch (IOException | RuntimeException e) {
          problems.add(f + ": " + e.getMessage());
        }
      }
    } catch (IOException e) {
      problems.add(dir + ": " + e.getMessage());
    }
    return new GoldSet(byArticle, problems);
  }

  /** Lines of one gold file; events whose article_id differs from {@code articleId} are reported. */
  public List<GoldEvent> read(Reader in, String articleId, List<String> problems) throws IOException {
    List<GoldEvent> events = new ArrayList<>();
    JsonLines.read(in, (number, node) -> {
      GoldEvent e = GoldJson.event(node);
      if (!e.articleId().equals(articleId)) {
        problems.add(articleId + " line " + number + ": article_id " + e.articleId() + " differs from the file name");
      }
      events.add(e);
    }, (number, message) -> problems.add(articleId + " line " + number + ": " + message));
    return events;
  }

  /** Parses one line; exposed for tests that build gold events from JSON text. */
  public static GoldEvent parse(String json) throws IOException {
    JsonNode n = MAPPER.readTree(json);
    return GoldJson.event(n);
  }
}
