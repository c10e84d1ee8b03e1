package org.sitrep.model;

import java.util.List;

/** An article with its sentences as the annotator produced them. */
public record AnnotatedArticle(Article article, List<Sentence> sentences) {
  public AnnotatedArticle {
    sentences = List.copyOf(sentences);
  }
}
