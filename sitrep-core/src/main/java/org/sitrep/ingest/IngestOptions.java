package org.sitrep.ingest;

import java.time.LocalDate;

/**
 * Settings for {@link Ingestor}.
 *
 * @param publishedFallback the date given with --published: used only for an article that has no
 *     date of its own (JSONL "published", HTML metadata, or a dated dateline); also supplies the
 *     year of a dateline that gives only month and day. Null for none.
 * @param maxBytes the largest input file (or stdin) accepted; bigger ones fail with SR104 before
 *     being read
 * @param requireEnglish whether to reject non-English articles (SR108)
 */
public record IngestOptions(LocalDate publishedFallback, long maxBytes, boolean requireEnglish) {
  public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

  public IngestOptions {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
  }

  /** No fallback date, 5 MiB limit, English required. */
  public static IngestOptions defaults() {
    return new IngestOptions(null, DEFAULT_MAX_BYTES, true);
  }

  public IngestOptions withPublishedFallback(LocalDate date) {
    return new IngestOptions(date, maxBytes, requireEnglish);
  }

  public IngestOptions withMaxBytes(long limit) {
    return new IngestOptions(publishedFallback, limit, requireEnglish);
  }
}
