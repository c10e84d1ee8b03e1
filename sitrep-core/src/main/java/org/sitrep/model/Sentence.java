package org.sitrep.model;

import java.util.List;

/**
 * One sentence. {@code parsed} is false when the prefilter skipped NER and parsing: tokens then
 * carry words (and possibly lemmas) only, and {@code dependencies} is empty.
 */
public record Sentence(int index, int start, int end, String text, List<Token> tokens, List<Dependency> dependencies, boolean parsed) {
  public Sentence {
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
  }

  public Span span() {
    return new Span(start, end);
  }
}
