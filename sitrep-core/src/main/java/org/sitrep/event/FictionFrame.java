package org.sitrep.event;

import org.sitrep.model.Dependency;

/**
 * A sentence told inside a work of fiction: "In the new thriller, a sniper is dragged back into
 * action when a cartel kidnaps his daughter", "Her fifth detective novel opens with a car bomb",
 * "In the final season of the wartime drama, resistance fighters blow up a bridge". A word of the
 * noun class {@code fiction_work} ("novel", "thriller") that is the subject of the sentence's main
 * verb, or a part ({@code fiction_part}) of one or of a {@code fiction_setting} ("the drama's second
 * season") that is, or one of it or of {@code fiction_setting} ("drama", "film") that frames the whole sentence
 * with "in" (directly or as "the final season of" it), makes every event in it fiction. Elsewhere
 * such a word frames nothing ("the drama unfolded when gunmen ...", "a film posted online shows"). So does "during" the
 * making of one ({@code fiction_making} of a {@code fiction_work} or {@code fiction_setting}: "during filming of a Second World War drama").
 */
final class FictionFrame {
  private FictionFrame() {}

  static boolean framesSentence(DependencyGraph graph) {
    for (int i = 0; i < graph.size(); i++) {
      if (isMakingOfFiction(graph, i) || isStagedBattle(graph, i)) {
        return true;
      }
      if ("root".equals(graph.headRelation(i))) {
        for (Dependency d : graph.children(i)) {
          if (isFictionSubject(graph, d) || isFictionSetting(graph, d)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** "Actors ... storm a mock beach during filming of a war drama": what is staged for a camera or a rehearsal happens in no war. */
  private static boolean isMakingOfFiction(DependencyGraph graph, int token) {
    String relation = graph.headRelation(token);
    // of a film or drama: "gunmen attacked the crew during filming in Culiacan" is real
    return (relation.equals("obl:during") || relation.equals("nmod:during")) && is("fiction_making", graph, token)
        && graph.children(token).stream().anyMatch(c -> c.relation().equals("nmod:of") && isFiction(graph, c.dependent()));
  }

  /** "The new thriller follows ...", and a part of a film or drama: "The streaming drama's second season sees ...". */
  private static boolean isFictionSubject(DependencyGraph graph, Dependency d) {
    if (!d.relation().startsWith("nsubj")) {
      return false;
    }
    return is("fiction_work", graph, d.dependent()) || is("fiction_part", graph, d.dependent()) && graph.children(d.dependent()).stream()
        .anyMatch(c -> (c.relation().equals("nmod:poss") || c.relation().equals("nmod:of")) && isFiction(graph, c.dependent()));
  }

  /** "In the new thriller, ...", "In the final season of the wartime drama, ...". */
  private static boolean isFictionSetting(DependencyGraph graph, Dependency d) {
    if (!d.relation().equals("obl:in") && !d.relation().equals("nmod:in")) {
      return false;
    }
    if (isFiction(graph, d.dependent())) {
      return true;
    }
    return graph.children(d.dependent()).stream()
        .anyMatch(c -> c.relation().equals("nmod:of") && isFiction(graph, c.dependent()));
  }

  private static boolean isFiction(DependencyGraph graph, int token) {
    return is("fiction_work", graph, token) || is("fiction_setting", graph, token);
  }

  /**
   * "Young dancers rehearse the battle between the mice and the toy soldiers": what a verb of staging ({@code
   * staging_verb}: rehearse, re-enact, choreograph) has as its object is played, not fought.
   */
  private static boolean isStagedBattle(DependencyGraph graph, int token) {
    return is("staging_verb", graph, token) && graph.token(token).pos() != null && graph.token(token).pos().startsWith("VB")
        && graph.children(token).stream().anyMatch(c -> c.relation().equals("obj"));
  }

  private static boolean is(String nounClass, DependencyGraph graph, int token) {
    return NounClasses.standard().contains(nounClass, TriggerMatcher.lemma(graph.token(token)));
  }
}
