package org.sitrep.model;

import java.time.LocalDate;

/**
 * One cleaned article. {@code text} is the cleaned text (title, blank line, body); every offset in
 * the system points into it. {@code origin} names where it came from (file, file:line) for messages.
 */
public record Article(
    String id, String url, String title, LocalDate published, String source, String text, String origin) {

  public Article withPublished(LocalDate date) {
    return new Article(id, url, title, date, source, text, origin);
  }
}
