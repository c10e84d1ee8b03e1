package org.sitrep.pipeline;

import java.util.List;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Relation;

/** What the pipeline made of one article, with how many sentences it saw and parsed. */
public record ArticleResult(Article article, List<Event> events, List<Relation> relations, int sentences, int parsedSentences) {
  public ArticleResult {
    events = List.copyOf(events);
    relations = List.copyOf(relations);
  }
}
