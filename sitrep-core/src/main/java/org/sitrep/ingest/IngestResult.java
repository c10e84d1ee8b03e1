package org.sitrep.ingest;

import java.util.List;
import org.sitrep.error.Failure;
import org.sitrep.model.Article;

/** Everything one ingest call produced: the articles and the failures, each in input order. */
public record IngestResult(List<Article> articles, List<Failure> failures) {
  public IngestResult {
    articles = List.copyOf(articles);
    failures = List.copyOf(failures);
  }
}
