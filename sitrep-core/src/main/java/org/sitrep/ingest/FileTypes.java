package org.sitrep.ingest;

import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.sitrep.clean.DataFile;

/** Decides an input's format from its extension (file-types.tsv), signature (magic-numbers.tsv) or content. */
final class FileTypes {
  /** Markup that only HTML documents start with or contain near their start. */
  private static final Pattern HTML_START =
      Pattern.compile("(?is)^\\s*(?:<!doctype\\s+html|<html|<head|<body|<meta|<title|<article|<!--).*");
  private static final Pattern HTML_TAGS = Pattern.compile("(?i)</(?:p|div|body|article|h1|h2|span|a)>");
  /** How much of the start of an input the content sniffing looks at. */
  private static final int SNIFF_CHARS = 4096;

  private final Map<String, Format> byExtension = new HashMap<>();
  private final Map<String, String> unsupportedNames = new HashMap<>();
  private final Map<byte[], String> signatures = new LinkedHashMap<>();

  static FileTypes load() {
    FileTypes types = new FileTypes();
    for (String[] row : DataFile.rows(FileTypes.class, "file-types.tsv")) {
      types.byExtension.put(row[0], Format.of(row[1]));
      types.unsupportedNames.put(row[0], row[2]);
    }
    for (String[] row : DataFile.rows(FileTypes.class, "magic-numbers.tsv")) {
      types.signatures.put(HexFormat.of().parseHex(row[0]), row[1]);
    }
    return types;
  }

  Format byExtension(String extension) {
    return byExtension.getOrDefault(extension, Format.SNIFF);
  }

  String describeExtension(String extension) {
    return "." + extension + ": " + unsupportedNames.getOrDefault(extension, "unknown");
  }

  /** The name of a known non-text format the bytes start with, or null. */
  String signature(byte[] bytes) {
    for (Map.Entry<byte[], String> entry : signatures.entrySet()) {
      if (startsWith(bytes, entry.getKey())) {
        return entry.getValue();
      }
    }
    return null;
  }

  /** JSONL when the first non-blank line is a JSON object, HTML when it looks like markup, else text. */
  static Format sniff(String text) {
    String head = text.length() > SNIFF_CHARS ? text.substring(0, SNIFF_CHARS) : text;
    String trimmed = head.stripLeading();
    if (trimmed.startsWith("{") && JsonlReader.isJsonObject(firstLine(trimmed))) {
      return Format.JSONL;
    }
    if (HTML_START.matcher(head).matches() || HTML_TAGS.matcher(head).find()) {
      return Format.HTML;
    }
    return Format.TEXT;
  }

  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
