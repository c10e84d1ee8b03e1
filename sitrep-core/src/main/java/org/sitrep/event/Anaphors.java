package org.sitrep.event;

import java.util.HashSet;
import java.util.Set;
import org.sitrep.knowledge.TsvResource;

/** Nouns such as "the area" that point back to the article's focus place (anaphors.tsv). */
final class Anaphors {
  private static final Set<String> LEMMAS = load();

  private Anaphors() {}

  static boolean isPlaceAnaphor(DependencyGraph graph, int token) {
    if (!LEMMAS.contains(TriggerMatcher.lemma(graph.token(token)))) {
      return false;
    }
    for (var d : graph.children(token)) {
      if (d.relation().equals("det") && graph.token(d.dependent()).word().equalsIgnoreCase("the")) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> load() {
    Set<String> set = new HashSet<>();
    for (TsvResource.Row row : TsvResource.read(Anaphors.class, "anaphors.tsv")) {
      set.add(row.get("lemma"));
    }
    return set;
  }
}
