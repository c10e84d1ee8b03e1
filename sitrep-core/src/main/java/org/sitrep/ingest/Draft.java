package org.sitrep.ingest;

import java.time.LocalDate;
import org.sitrep.clean.Cleaned;

/**
 * What is known about one article before the checks that may reject it.
 *
 * @param name the input's name, for failures
 * @param line the JSONL line (1-based), or 0 for a whole file
 * @param ownDate the article's own date (JSONL "published" or HTML metadata), or null
 * @param sourceHint the outlet named by the input (JSONL "source"), or null
 * @param html whether the input was HTML (an empty body is then SR107)
 */
record Draft(
    String name, int line, String id, String url, LocalDate ownDate, String sourceHint, Cleaned cleaned, boolean html) {

  String origin() {
    return line > 0 ? name + ":" + line : name;
  }
}
