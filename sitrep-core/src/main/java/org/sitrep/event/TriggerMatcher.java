package org.sitrep.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.Dependency;
import org.sitrep.model.Token;

/**
 * Finds lexicon triggers in a parsed sentence by lemma and part of speech. Phrases match
 * consecutive lemmas; the longest phrase at a position wins. A trigger with an object class
 * counts only when one of its dependents belongs to that class ("send troops", "drone strike").
 */
final class TriggerMatcher {
  private final TriggerLexicon lexicon;
  private final NounClasses classes;

  TriggerMatcher(TriggerLexicon lexicon, NounClasses classes) {
    this.lexicon = lexicon;
    this.classes = classes;
  }

  List<TriggerMatch> find(DependencyGraph graph) {
    List<TriggerMatch> found = new ArrayList<>();
    int i = 0;
    while (i < graph.size()) {
      TriggerMatch best = bestAt(graph, i);
      if (best == null) {
        i++;
      } else {
        found.add(best);
        i = best.last() + 1;
      }
    }
    return found;
  }

  private TriggerMatch bestAt(DependencyGraph graph, int start) {
    TriggerMatch best = null;
    for (TriggerEntry entry : lexicon.startingWith(lemma(graph.token(start)))) {
      int last = start + entry.lemmas().size() - 1;
      if (last >= graph.size() || !phraseMatches(graph, entry, start)) {
        continue;
      }
      int head = entry.pos() == 'V' || entry.lemmas().size() == 1 ? start : last;
      if (!posMatches(entry.pos(), graph.token(head)) || !licensed(graph, entry, head)) {
        continue;
      }
      if (best == null || last > best.last()) {
        best = new TriggerMatch(entry, head, start, last);
      }
    }
    return best;
  }

  private static boolean phraseMatches(DependencyGraph graph, TriggerEntry entry, int start) {
    for (int k = 1; k < entry.lemmas().size(); k++) {
      if (!entry.lemmas().get(k).equals(lemma(graph.token(start + k)))) {
        return false;
      }
    }
    return true;
  }

  /** Title-case headlines are tagged NNP throughout, so a proper-noun tag fits either part of speech. */
  private static boolean posMatches(char pos, Token token) {
    String tag = token.pos() == null ? "" : token.pos();
    if (tag.startsWith("NNP")) {
      return true;
    }
    return pos == 'V' ? tag.startsWith("VB") : tag.startsWith("NN");
  }

  private boolean licensed(DependencyGraph graph, TriggerEntry entry, int head) {
    if (entry.objectClass() == null) {
      return true;
    }
    for (Dependency d : graph.children(head)) {
      if (classes.contains(entry.objectClass(), lemma(graph.token(d.dependent())))) {
        return true;
      }
    }
    return false;
  }

  static String lemma(Token token) {
    String base = token.lemma() != null ? token.lemma() : token.word();
    return base.toLowerCase(Locale.ROOT);
  }
}
