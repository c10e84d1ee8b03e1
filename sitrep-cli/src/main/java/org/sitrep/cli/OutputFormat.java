package org.sitrep.cli;

/** Formats of {@code sitrep extract --format}. */
enum OutputFormat {
  jsonl, table, geojson, csv
}
