package org.sitrep.ingest;

/** How an input is read. */
enum Format {
  TEXT,
  HTML,
  JSONL,
  UNSUPPORTED,
  /** Not known from the name: decided from the content. */
  SNIFF;

  static Format of(String label) {
    return switch (label) {
      case "text" -> TEXT;
      case "html" -> HTML;
      case "jsonl" -> JSONL;
      case "unsupported" -> UNSUPPORTED;
      default -> throw new IllegalStateException("unknown format in file-types.tsv: " + label);
    };
  }
}
