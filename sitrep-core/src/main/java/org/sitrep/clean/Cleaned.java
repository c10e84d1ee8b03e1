package org.sitrep.clean;

import java.util.List;

/**
 * The result of cleaning one document. {@code text} is {@code title + "\n\n" + paragraphs joined by
 * "\n\n"} (or just the paragraphs when there is no title); {@code source} is the outlet named by an
 * attribution line ("Original Source: www.arabnews.com" gives "arabnews.com"), or null.
 */
public record Cleaned(String title, List<String> paragraphs, String source, String text) {

  static Cleaned of(String title, List<String> paragraphs, String source) {
    String body = String.join("\n\n", paragraphs);
    String text = title == null ? body : body.isEmpty() ? title : title + "\n\n" + body;
    return new Cleaned(title, List.copyOf(paragraphs), source, text);
  }

  /** True when nothing but (possibly) a title survived cleaning. */
  public boolean hasNoBody() {
    return paragraphs.isEmpty();
  }
}
