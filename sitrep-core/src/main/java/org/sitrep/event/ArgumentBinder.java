package org.sitrep.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.HashSet;
import java.util.Set;
import org.sitrep.actor.ActorMention;
import org.sitrep.geo.PlaceMention;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.quantity.QuantityMention;

/**
 * Turns the dependency roles of a trigger into arguments: the tokens a role names, then the actor,
 * place or quantity mentions that cover those tokens or lie in their subtrees.
 */
final class ArgumentBinder {
  private static final RelationPattern CONJ = RelationPattern.parse("conj:*");
  private final DependencyGraph graph;
  private final SentenceMentions mentions;
  private final String homeCountry;

  /** @param homeCountry the article's focus country (ISO3) or null */
  ArgumentBinder(DependencyGraph graph, SentenceMentions mentions, String homeCountry) {
    this.graph = graph;
    this.mentions = mentions;
    this.homeCountry = homeCountry;
  }

  /**
   * Tokens the role names. A label is a dependent of any token of the trigger ("nmod:in" of
   * "refuge" in "seek refuge in Latakia"); "^label" a dependent of the trigger's governor, and
   * "rel^label" one only when the trigger is the governor's rel ("explosion rocked Homs": nsubj^obj);
   * "@gov" the governor itself ("people seeking refuge"); "@acl" the noun a participle modifies
   * ("the group's leader, Golani, stating an intent"); "@number" the number a participle describes ("12 injured");
   * "a>b" a b-dependent of an a-dependent
   * ("advances made by HTS": acl>obl:agent).
   */
  List<Integer> roleTokens(TriggerMatch match, RelationPattern role) {
    List<Integer> tokens = new ArrayList<>();
    int governor = graph.head(match.head());
    for (String label : role.labels()) {
      if (label.equals("@gov") || label.equals("@acl") && graph.headRelation(match.head()).equals("acl")
          || label.equals("@number") && isNumberDescribed(match.head(), governor)) {
        addNew(tokens, governor < 0 ? List.of() : List.of(governor), match);
      } else if (label.contains("^")) {
        addNew(tokens, governorDependents(match, governor, label), match);
      } else {
        addNew(tokens, path(match, label.split(">")), match);
      }
    }
    return tokens;
  }

  private boolean isNumberDescribed(int participle, int governor) {
    return governor >= 0 && graph.headRelation(participle).equals("amod") && graph.token(governor).pos().equals("CD");
  }

  /** "^obl:in": the governor's obl:in dependents; "nsubj^obj": the same, only when the trigger is the governor's nsubj. */
  private List<Integer> governorDependents(TriggerMatch match, int governor, String label) {
    int hat = label.indexOf('^');
    String condition = label.substring(0, hat);
    RelationPattern wanted = RelationPattern.parse(label.substring(hat + 1));
    if (governor < 0 || !condition.isEmpty() && !RelationPattern.parse(condition).matches(graph.headRelation(match.head()))) {
      return List.of();
    }
    if (!condition.isEmpty() && !graph.dependents(match.head(), wanted).isEmpty()) {
      return List.of(); // "killing 18 persons and wounding others": the trigger's own object wins
    }
    if (condition.startsWith("conj")) {
      // "ambush and kill 16 soldiers" share what follows both verbs; in "killed 46 people ... and
      // wounded six" the people are the first verb's alone
      return graph.dependents(governor, wanted).stream().filter(t -> t > match.last()).toList();
    }
    return graph.dependents(governor, wanted);
  }

  private List<Integer> path(TriggerMatch match, String[] steps) {
    List<Integer> frontier = new ArrayList<>();
    for (int t = match.first(); t <= match.last(); t++) {
      frontier.add(t);
    }
    for (String step : steps) {
      List<Integer> next = new ArrayList<>();
      for (int t : frontier) {
        next.addAll(graph.dependents(t, RelationPattern.parse(step)));
      }
      frontier = next;
    }
    return frontier;
  }

  private static void addNew(List<Integer> tokens, List<Integer> found, TriggerMatch match) {
    for (int t : found) {
      boolean inTrigger = t >= match.first() && t <= match.last();
      if (!inTrigger && !tokens.contains(t)) {
        tokens.add(t);
      }
    }
  }

  /**
   * The actor of the clause a token sits in: up its governors, the first that is itself an actor
   * mention or has a subject that resolves to one. Relative pronouns and personal pronouns are
   * passed over ("Assad's forces, which have regained control due to backing from Russia").
   */
  Optional<ActorMention> clauseActor(int token) {
    for (int a : graph.ancestors(token)) {
      Optional<ActorMention> own = actorAt(a);
      if (own.isPresent()) {
        return own;
      }
      if (SpeechVerbs.contains(TriggerMatcher.lemma(graph.token(a)))) {
        // "..., the United Nations said": who reports an event is its source, not its actor
        return Optional.empty();
      }
      for (int subject : graph.dependents(a, RelationPattern.parse("nsubj,nsubj:pass"))) {
        if (!isPronoun(subject)) {
          Optional<ActorMention> m = actorFor(subject).filter(x -> x.actor().kind() != ActorKind.CIVILIANS);
          if (m.isPresent()) {
            return m;
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "Police in Lascahobas told us that gang members seized 11 passengers": whether the mention is the subject of a verb
   * of saying the token's clause hangs on, the source of the news and not a party to it.
   */
  boolean speaksFor(ActorMention m, int token) {
    for (int a : graph.ancestors(token)) {
      if (SpeechVerbs.contains(TriggerMatcher.lemma(graph.token(a)))) {
        return graph.dependents(a, RelationPattern.parse("nsubj")).stream().anyMatch(s -> m.span().overlaps(tokenSpan(s)));
      }
    }
    return false;
  }

  /** The actor mention covering the token itself (no subtree search). */
  Optional<ActorMention> actorAt(int token) {
    Span own = tokenSpan(token);
    for (ActorMention m : mentions.actors()) {
      if (m.span().overlaps(own)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  int governor(int token) {
    return graph.head(token);
  }

  boolean isPronoun(int token) {
    Token t = graph.token(token);
    return Pronouns.isPronoun(t.word()) || "PRP".equals(t.pos()) || "PRP$".equals(t.pos()) || "WDT".equals(t.pos());
  }

  /** The actor mention covering the token, else the first one inside its subtree. */
  Optional<ActorMention> actorFor(int token) {
    Optional<ActorMention> own = actorAt(token);
    if (own.isPresent() && own.get().actor().id() == null) {
      // "the extremist group Daesh", "fighters of the RSF": the apposition or the of-phrase names
      // who the generic phrase is
      for (int appos : graph.dependents(token, RelationPattern.parse("appos,nmod:of"))) {
        Optional<ActorMention> named = actorAt(appos).filter(m -> m.actor().id() != null);
        if (named.isPresent()) {
          return named;
        }
      }
    }
    if (own.isPresent()) {
      return own;
    }
    Span subtree = subtreeSpan(token);
    ActorMention generic = null;
    for (ActorMention m : mentions.actors()) {
      if (subtree.contains(m.span()) && !isHomeCountry(m)) {
        if (m.actor().id() != null) {
          return Optional.of(m);
        }
        generic = generic == null ? m : generic;
      }
    }
    return Optional.ofNullable(generic);
  }

  /**
   * "Syria" in an article about Syria names the place ("militancy in Syria"), not a foreign state
   * acting; it counts as an actor only where a role points at it directly.
   */
  boolean isHomeCountry(ActorMention m) {
    return m.actor().kind() == ActorKind.FOREIGN_STATE && m.actor().country() != null && m.actor().country().equals(homeCountry);
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

  /**
   * The other actors coordinated with {@code main} under a role token: conjuncts of the token or of
   * a word inside the main mention ("Russian and Syrian warplanes", "the army and allied
   * militias"), without the main actor, the other side, or the article's home country as a place.
   */
  List<ActorMention> associatesOf(int token, ActorMention main, ActorMention otherSide) {
    List<Integer> heads = new ArrayList<>(List.of(token));
    for (int i = 0; i < graph.size(); i++) {
      if (main.span().contains(tokenSpan(i)) && i != token) {
        heads.add(i);
      }
    }
    List<ActorMention> found = new ArrayList<>();
    for (int head : heads) {
      for (int conj : conjuncts(head)) {
        actorFor(conj).filter(m -> isAssociate(m, main, otherSide, found)).ifPresent(found::add);
      }
    }
    return found;
  }

  /** Conjuncts of a token either way: its conj dependents, and the word it is a conjunct of. */
  private List<Integer> conjuncts(int token) {
    List<Integer> all = new ArrayList<>(graph.dependents(token, CONJ));
    for (var d : graph.governors(token)) {
      if (CONJ.matches(d.relation())) {
        all.add(d.governor());
      }
    }
    return all;
  }

  private static boolean isAssociate(ActorMention m, ActorMention main, ActorMention otherSide, List<ActorMention> found) {
    boolean same = m.span().overlaps(main.span()) || m.actor().name().equals(main.actor().name());
    boolean opposite = otherSide != null && (m.span().overlaps(otherSide.span()) || m.actor().name().equals(otherSide.actor().name()));
    return !same && !opposite && found.stream().noneMatch(f -> f.actor().name().equals(m.actor().name()));
  }

  /** Every place the place finder named in the sentence, in text order. */
  List<PlaceMention> sentencePlaces() {
    return mentions.places();
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

  /**
   * The quantity in the token's subtree; failing that, a range standing right before it, which the parser often
   * hangs elsewhere ("Between 12,000 and 15,000 residents ... have been evacuated", parsed with "between" on the verb).
   */
  Optional<QuantityMention> quantityUnder(int token) {
    Span subtree = subtreeSpan(token);
    for (QuantityMention q : mentions.quantities()) {
      if (subtree.overlaps(q.span())) {
        return Optional.of(q);
      }
    }
    for (QuantityMention q : mentions.quantities()) {
      boolean range = q.q().low() != null && q.q().high() != null;
      if (range && q.span().end() <= subtree.start() && graph.sentenceText(new Span(q.span().end(), subtree.start())).isBlank()) {
        return Optional.of(q);
      }
    }
    return Optional.empty();
  }

  /** The first quantity lying on one of the given tokens. */
  Optional<QuantityMention> quantityAmong(Set<Integer> tokens) {
    for (QuantityMention q : mentions.quantities()) {
      for (int t : tokens) {
        if (tokenSpan(t).overlaps(q.span())) {
          return Optional.of(q);
        }
      }
    }
    return Optional.empty();
  }

  Span tokenSpan(int token) {
    Token t = graph.token(token);
    return new Span(t.start(), t.end());
  }

  /**
   * Places in the token's own clause: its subtree without coordinated clauses ("captured X and is
   * approaching Y"). Token by token, since the clause need not be a contiguous stretch of text.
   */
  List<PlaceMention> placesInOwnClause(int token) {
    Set<Integer> clause = new HashSet<>(graph.subtree(token));
    for (int conj : graph.dependents(token, RelationPattern.parse("conj:*"))) {
      clause.removeAll(graph.subtree(conj));
    }
    List<PlaceMention> found = new ArrayList<>();
    for (PlaceMention p : mentions.places()) {
      if (coveredBy(p.span(), clause)) {
        found.add(p);
      }
    }
    return found;
  }

  /**
   * Places that say where a court, judge or prosecutor sits ("told a court in Bursa", "Prosecutors in Pemba", noun class
   * {@code legal_forum}): where a case is heard, not where the events it hears of happened.
   */
  List<PlaceMention> placesOfCourts() {
    Set<Integer> seats = new HashSet<>();
    for (int i = 0; i < graph.size(); i++) {
      if (NounClasses.standard().contains("legal_forum", TriggerMatcher.lemma(graph.token(i)))) {
        seats.add(i);
        for (var d : graph.children(i)) {
          if (d.relation().startsWith("nmod:") || d.relation().equals("compound")) {
            seats.addAll(graph.subtree(d.dependent()));
          }
        }
      }
    }
    List<PlaceMention> found = new ArrayList<>();
    for (PlaceMention p : mentions.places()) {
      if (coveredBy(p.span(), seats)) {
        found.add(p);
      }
    }
    return found;
  }

  private boolean coveredBy(Span span, Set<Integer> tokens) {
    boolean any = false;
    for (int i = 0; i < graph.size(); i++) {
      if (tokenSpan(i).overlaps(span)) {
        if (!tokens.contains(i)) {
          return false;
        }
        any = true;
      }
    }
    return any;
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
