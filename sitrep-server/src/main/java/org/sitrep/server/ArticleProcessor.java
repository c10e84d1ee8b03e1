package org.sitrep.server;

import org.sitrep.model.Article;
import org.sitrep.pipeline.ArticleResult;

/** Turns one cleaned article into events: the NLP pipeline in production, a fake in tests. */
@FunctionalInterface
public interface ArticleProcessor {
  ArticleResult process(Article article);
}
