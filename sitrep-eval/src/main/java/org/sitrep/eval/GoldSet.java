package org.sitrep.eval;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The gold standard: expected events per article id, for every article in scope (an article with
 * no expected events maps to an empty list, so anything found there is a false alarm), plus the
 * problems met while reading it.
 */
public record GoldSet(Map<String, List<GoldEvent>> byArticle, List<String> problems) {
  public GoldSet {
    byArticle = java.util.Collections.unmodifiableMap(new TreeMap<>(byArticle));
    problems = List.copyOf(problems);
  }

  public List<GoldEvent> events(String articleId) {
    return byArticle.getOrDefault(articleId, List.of());
  }

  public boolean covers(String articleId) {
    return byArticle.containsKey(articleId);
  }
}
