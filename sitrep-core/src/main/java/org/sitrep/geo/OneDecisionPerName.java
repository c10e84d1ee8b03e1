package org.sitrep.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;

/**
 * One name, one decision per article: once a name is accepted as a toponym somewhere in the article
 * (a dateline "MANSFIELD", an NER-tagged mention), its other occurrences are accepted too, even where
 * only a soft rule (not notable, NER read it otherwise) dropped them, as in a headline "Mansfield OKs
 * refinancing". Hard rejections (stop-list, excluded span, organisation word after it, the article's
 * lowercase use) still hold per occurrence. Likewise a name NER tagged as a place once counts as tagged
 * everywhere. A name spreads only when the article itself anchors it (a dateline, a qualified mention)
 * or NER read it as a place more often than as a person or organisation: one stray LOCATION tag on
 * "Culver" does not outvote "Gov. Chet Culver" elsewhere.
 */
final class OneDecisionPerName {
  private OneDecisionPerName() {}

  /** A scanned toponym with the verdicts of the per-occurrence rules. */
  record Candidate(Toponym toponym, boolean passesHardFilters, boolean acceptedHere, boolean nerTagged,
      boolean nerOther, boolean anchored) {}

  /** The accepted candidates, in order, with {@code nerTagged} shared across each name. */
  static List<Candidate> decide(List<Candidate> candidates) {
    Map<String, Integer> placeVotes = new HashMap<>();
    Set<String> acceptedNames = new HashSet<>();
    Set<String> anchoredNames = new HashSet<>();
    Set<String> taggedNames = new HashSet<>();
    for (Candidate c : candidates) {
      String key = NameKey.of(c.toponym().text());
      if (c.passesHardFilters()) placeVotes.merge(key, (c.nerTagged() ? 1 : 0) - (c.nerOther() ? 1 : 0), Integer::sum);
      if (c.passesHardFilters() && c.acceptedHere()) {
        acceptedNames.add(key);
        addIf(c.anchored(), anchoredNames, key);
        addIf(c.nerTagged(), taggedNames, key);
      }
    }
    List<Candidate> accepted = new ArrayList<>();
    for (Candidate c : candidates) {
      String key = NameKey.of(c.toponym().text());
      boolean spreads = acceptedNames.contains(key) && (anchoredNames.contains(key) || placeVotes.getOrDefault(key, 0) > 0);
      if (c.passesHardFilters() && (c.acceptedHere() || spreads)) {
        accepted.add(new Candidate(c.toponym(), true, true, taggedNames.contains(key), c.nerOther(), c.anchored()));
      }
    }
    return accepted;
  }

  private static void addIf(boolean condition, Set<String> set, String key) {
    if (condition) {
      set.add(key);
    }
  }
}
