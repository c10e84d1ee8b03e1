package org.sitrep.event;

import java.util.List;
import java.util.Set;
import org.sitrep.model.EventType;

/**
 * "Government troops retook Lere on Thursday. ... Officials said 19 militants were killed in the assault": a later
 * sentence's "the assault", "the fighting", "the operation" told as the setting of a toll points back to the event
 * already told, so the toll is that event's and the noun no event of its own. So does "the attack" that a later
 * sentence attributes to someone.
 */
final class BackReferences {
  /** Determiners that point back to something told before. */
  private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");

  private BackReferences() {}

  /**
   * Whether a noun trigger with a definite determiner is told only as the setting of its clause ("killed in the
   * fighting") or as what is laid at someone's door ("attributed the attack to the Chone Killers", noun class
   * {@code attribution}).
   */
  static boolean pointsBack(DependencyGraph graph, int head, char pos, boolean subordinate) {
    return pos == 'N' && (subordinate || isAttributed(graph, head)) && graph.children(head).stream()
        .anyMatch(c -> c.relation().equals("det") && DEFINITE.contains(TriggerMatcher.lemma(graph.token(c.dependent()))));
  }

  private static boolean isAttributed(DependencyGraph graph, int head) {
    int verb = graph.head(head);
    return verb >= 0 && graph.headRelation(head).equals("obj")
        && NounClasses.standard().contains("attribution", TriggerMatcher.lemma(graph.token(verb)));
  }

  /** Moves the tolls of back-pointing drafts to the latest earlier violent event without a toll, and drops them. */
  static void giveTolls(List<Draft> drafts) {
    drafts.removeIf(d -> d.pointsBack && !d.lead && hasToll(d) && moved(d, drafts));
  }

  private static boolean moved(Draft d, List<Draft> drafts) {
    Draft host = null;
    for (Draft e : drafts) {
      boolean candidate = e.sentenceIndex < d.sentenceIndex && Violence.FIGHTING.contains(e.type) && e.status.counted()
          && !hasToll(e) && !e.pointsBack;
      if (candidate && (host == null || rank(e) > rank(host))) {
        host = e;
      }
    }
    if (host == null) {
      return false;
    }
    host.setCount("fatalities", d.fatalities);
    host.setCount("injured", d.injured);
    host.harmReported = true;
    host.evidence.addAll(d.evidence);
    return true;
  }

  /**
   * The latest sentence first, in it the main clause, and of its events a capture ("stormed An Nahud and took control of
   * the town" is the capture ACLED codes, the storming how it was done).
   */
  private static int rank(Draft d) {
    return d.sentenceIndex * 4 + (d.subordinate ? 0 : 2) + (d.type == EventType.TERRITORY_CAPTURED ? 1 : 0);
  }

  private static boolean hasToll(Draft d) {
    return d.fatalities != null || d.injured != null;
  }
}
