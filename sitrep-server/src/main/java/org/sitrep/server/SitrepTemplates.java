package org.sitrep.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The situation report's sentence templates (sitrep-templates.tsv). A template names its values as
 * {name}; a [bracketed part] is left out when any value it names is empty, so one template serves
 * events with and without a target, a place or a count.
 */
final class SitrepTemplates {
  private static final Pattern OPTIONAL = Pattern.compile("\\[([^\\[\\]]*)]");
  private static final Pattern VALUE = Pattern.compile("\\{([a-z_]+)}");
  private final Map<String, String> templates;

  private SitrepTemplates(Map<String, String> templates) {
    this.templates = templates;
  }

  static SitrepTemplates load() {
    try (InputStream in = SitrepTemplates.class.getResourceAsStream("sitrep-templates.tsv")) {
      if (in == null) {
        throw new IllegalStateException("sitrep-templates.tsv is missing from the jar: a packaging bug");
      }
      return new SitrepTemplates(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> parse(BufferedReader reader) throws IOException {
    Map<String, String> out = new HashMap<>();
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      int tab = line.indexOf('\t');
      if (!line.startsWith("#") && tab > 0) {
        out.put(line.substring(0, tab).strip(), line.substring(tab + 1).strip());
      }
    }
    return out;
  }

  boolean has(String key) {
    return templates.containsKey(key);
  }

  /** The template filled in; an unknown key gives "" (the report then drops that sentence). */
  String fill(String key, Map<String, String> values) {
    String template = templates.getOrDefault(key, "");
    Matcher optional = OPTIONAL.matcher(template);
    StringBuilder kept = new StringBuilder();
    while (optional.find()) {
      String part = optional.group(1);
      optional.appendReplacement(kept, Matcher.quoteReplacement(allPresent(part, values) ? part : ""));
    }
    optional.appendTail(kept);
    Matcher value = VALUE.matcher(kept);
    StringBuilder out = new StringBuilder();
    while (value.find()) {
      value.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(value.group(1), "")));
    }
    value.appendTail(out);
    return out.toString();
  }

  String text(String key) {
    return templates.getOrDefault(key, "");
  }

  private static boolean allPresent(String part, Map<String, String> values) {
    Matcher value = VALUE.matcher(part);
    while (value.find()) {
      String v = values.get(value.group(1));
      if (v == null || v.isBlank()) {
        return false;
      }
    }
    return true;
  }
}
