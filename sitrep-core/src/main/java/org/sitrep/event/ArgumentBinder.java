package org.sitrep.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.actor.ActorMention;
import org.sitrep.geo.PlaceMention;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.quantity.QuantityMention;

/**
 * Turns the dependency roles of a trigger into arguments: the tokens a role names, then the actor,
 * place or quantity mentions that cover those tokens or lie in their subtrees.
 */
final class ArgumentBinder {
  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "its", "their", "his", "her", "them", "we", "who", "which");
  private final DependencyGraph graph;
  private final SentenceMentions mentions;

  ArgumentBinder(DependencyGraph graph, SentenceMentions mentions) {
    this.graph = graph;
    this.mentions = mentions;
  }

  /** Tokens the role names: dependents of the head, or with "^", dependents of the head's governor. */
  List<Integer> roleTokens(int head, RelationPattern role) {
    List<Integer> tokens = new ArrayList<>();
    for (String label : role.labels()) {
      boolean viaGovernor = label.startsWith("^");
      RelationPattern one = RelationPattern.parse(viaGovernor ? label.substring(1) : label);
      int from = viaGovernor ? graph.head(head) : head;
      if (from < 0) {
        continue;
      }
      for (int t : graph.dependents(from, one)) {
        if (t != head && !tokens.contains(t)) {
          tokens.add(t);
        }
      }
    }
    return tokens;
  }

  boolean isPronoun(int token) {
    Token t = graph.token(token);
    return PRONOUNS.contains(t.word().toLowerCase(java.util.Locale.ROOT)) || "PRP".equals(t.pos()) || "PRP$".equals(t.pos()) || "WDT".equals(t.pos());
  }

  /** The actor mention covering the token, else the first one inside its subtree. */
  Optional<ActorMention> actorFor(int token) {
    Span own = tokenSpan(token);
    for (ActorMention m : mentions.actors()) {
      if (m.span().overlaps(own)) {
        return Optional.of(m);
      }
    }
    Span subtree = subtreeSpan(token);
    for (ActorMention m : mentions.actors()) {
      if (subtree.contains(m.span())) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** Every actor of the token and of its conjuncts ("Russia, Iran, and Hezbollah"). */
  List<ActorMention> actorsWithConjuncts(int token) {
    List<ActorMention> found = new ArrayList<>();
    actorFor(token).ifPresent(found::add);
    for (int conj : graph.dependents(token, RelationPattern.parse("conj:*"))) {
      actorFor(conj).filter(m -> !found.contains(m)).ifPresent(found::add);
    }
    return found;
  }

  List<PlaceMention> placesUnder(int token) {
    Span subtree = subtreeSpan(token);
    List<PlaceMention> found = new ArrayList<>();
    for (PlaceMention p : mentions.places()) {
      if (subtree.contains(p.span()) || p.span().overlaps(tokenSpan(token))) {
        found.add(p);
      }
    }
    return found;
  }

  Optional<QuantityMention> quantityUnder(int token) {
    Span subtree = subtreeSpan(token);
    for (QuantityMention q : mentions.quantities()) {
      if (subtree.overlaps(q.span())) {
        return Optional.of(q);
      }
    }
    return Optional.empty();
  }

  Span tokenSpan(int token) {
    Token t = graph.token(token);
    return new Span(t.start(), t.end());
  }

  Span subtreeSpan(int token) {
    int start = Integer.MAX_VALUE;
    int end = 0;
    for (int i : graph.subtree(token)) {
      start = Math.min(start, graph.token(i).start());
      end = Math.max(end, graph.token(i).end());
    }
    return new Span(start, end);
  }
}
