package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The example texts `sitrep generate` recombines, read from the examples folder as listed in
 * {@code generate-sources.tsv}. Unreadable files and lines are noted in {@link #problems()}, never thrown.
 */
final class GenerateSources {
  private static final ObjectMapper JSON = new ObjectMapper();

  final List<String> conflict = new ArrayList<>();
  final List<String> filler = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();

  static GenerateSources load(Path examples) {
    GenerateSources sources = new GenerateSources();
    for (String[] row : listing()) {
      List<String> into = "filler".equals(row[1]) ? sources.filler : sources.conflict;
      sources.read(examples.resolve(row[0]), row[2], into);
    }
    return sources;
  }

  List<String> problems() {
    return problems;
  }

  private static List<String[]> listing() {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = GenerateSources.class.getResourceAsStream("generate-sources.tsv");
         BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      reader.lines().filter(l -> !l.startsWith("#") && !l.startsWith("path\t") && !l.isBlank())
          .map(l -> l.split("\t")).filter(r -> r.length >= 3).forEach(rows::add);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("generate-sources.tsv missing from the jar", e);
    }
    return rows;
  }

  private void read(Path path, String format, List<String> into) {
    try {
      if (Files.isDirectory(path)) {
        try (Stream<Path> files = Files.list(path)) {
          files.filter(f -> f.toString().endsWith("." + format)).sorted().forEach(f -> read(f, format, into));
        }
      } else if ("txt".equals(format)) {
        addIfText(bodyOf(Files.readString(path)), into);
      } else {
        for (String line : Files.readAllLines(path)) {
          addIfText(textOf(line, path), into);
        }
      }
    } catch (IOException e) {
      problems.add(path + ": " + e.getMessage());
    }
  }

  /** A .txt example: the first line is the headline, which would not read well mid-article. */
  private static String bodyOf(String file) {
    int firstBreak = file.indexOf('\n');
    return firstBreak < 0 ? file : file.substring(firstBreak + 1).strip();
  }

  private String textOf(String line, Path path) {
    if (line.isBlank()) {
      return "";
    }
    try {
      JsonNode text = JSON.readTree(line).path("text");
      return text.isTextual() ? text.asText().strip() : "";
    } catch (IOException e) {
      problems.add(path + ": unreadable line");
      return "";
    }
  }

  private static void addIfText(String text, List<String> into) {
    if (!text.isBlank()) {
      into.add(text);
    }
  }
}
