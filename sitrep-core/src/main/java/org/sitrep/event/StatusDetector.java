package org.sitrep.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sitrep.actor.ActorMention;
import org.sitrep.knowledge.TsvResource;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.model.EventStatus;
import org.sitrep.model.EventType;
import org.sitrep.model.Token;

/**
 * Decides an event's status from negation, modality, hedges and embedding verbs (status-cues.tsv).
 * Cues on the trigger itself win over cues higher up the clause chain; a progressive verb form
 * ("is approaching") makes an otherwise occurred event ongoing.
 */
final class StatusDetector {
  private static final RelationPattern OBJECT = RelationPattern.parse("obj");
  /** "concerned by the abduction", "alarmed at the shelling": the phrases in which a concern reacts to an event. */
  private static final Pattern REACTION = Pattern.compile("(obl|nmod):(by|at|over|agent)");
  private static final StatusDetector STANDARD = new StatusDetector(load());
  private final List<StatusCue> cues;
  /** Ancestor cues that deny ("false", "baseless"): said of a claim, they refute what it tells. */
  private final Set<String> refuting;
  /** First words that open a yes-no question, with the status they give (where {@code question}). */
  private final Map<String, EventStatus> questionOpeners;

  StatusDetector(List<StatusCue> cues) {
    this.cues = List.copyOf(cues);
    this.refuting = cues.stream().filter(c -> c.where().equals("ancestor") && c.status() == EventStatus.DENIED)
        .map(StatusCue::cue).collect(Collectors.toUnmodifiableSet());
    this.questionOpeners = cues.stream().filter(c -> c.where().equals("question"))
        .collect(Collectors.toUnmodifiableMap(StatusCue::cue, StatusCue::status, (a, b) -> a));
  }

  static StatusDetector standard() {
    return STANDARD;
  }

  EventStatus detect(DependencyGraph graph, TriggerMatch match, EventType type, ArgumentBinder binder) {
    return detect(graph, match, type, binder, List.of());
  }

  /**
   * @param sides the event's actor and target as far as known: a party's account is a claim only
   *     about fighting it is a side of ("the army said it killed 30 rebels"), not when police
   *     report what gunmen did to villagers
   */
  EventStatus detect(DependencyGraph graph, TriggerMatch match, EventType type, ArgumentBinder binder, List<Actor> sides) {
    EventStatus status = cueStatus(graph, match, type, binder, sides);
    // a threat that was made is, in the schema's terms, threatened (its violence has not happened)
    boolean made = status == EventStatus.OCCURRED || status == EventStatus.ONGOING;
    return type == EventType.THREAT && made ? EventStatus.THREATENED : status;
  }

  private EventStatus cueStatus(DependencyGraph graph, TriggerMatch match, EventType type, ArgumentBinder binder,
      List<Actor> sides) {
    int head = match.head();
    Optional<EventStatus> asked = questionCue(graph);
    if (asked.isPresent()) {
      return asked.get();
    }
    Optional<EventStatus> own = dependentCue(graph, head);
    if (own.isEmpty() && match.entry().pos() == 'N' && graph.head(head) >= 0) {
      own = dependentCue(graph, graph.head(head));
    }
    if (own.isEmpty() && match.entry().pos() == 'V' && graph.headRelation(head).startsWith("acl") && graph.head(head) >= 0) {
      // "without a shot being fired", "no civilians killed": the cue sits on the noun the verb describes
      own = dependentCue(graph, graph.head(head));
    }
    if (own.isEmpty()) {
      own = sharedModal(graph, head);
    }
    if (own.isEmpty()) {
      own = subjectCue(graph, head);
    }
    if (own.isEmpty() && match.entry().pos() == 'V') {
      own = objectCue(graph, head);
    }
    if (own.isEmpty() && match.entry().pos() == 'V') {
      own = beToCue(graph, head);
    }
    if (own.isPresent()) {
      return own.get();
    }
    int below = head;
    for (int ancestor : clauseChain(graph, head)) {
      Optional<EventStatus> found = ancestorCue(graph, ancestor, type, binder, sides);
      if (found.isPresent() && !(found.get() == EventStatus.SPECULATIVE && isReactionTo(graph, below))) {
        return found.get();
      }
      below = ancestor;
    }
    return isProgressive(graph, head) ? EventStatus.ONGOING : EventStatus.OCCURRED;
  }

  /**
   * "Did soldiers burn the village?": a question that opens with an auxiliary (where {@code question}) asks whether
   * something happened; it reports nothing. A question that asks what, where or who ("Who shelled the market?") takes
   * the event as told and keeps its status.
   */
  private Optional<EventStatus> questionCue(DependencyGraph graph) {
    if (graph.size() < 2 || !graph.token(graph.size() - 1).word().equals("?")) {
      return Optional.empty();
    }
    return Optional.ofNullable(questionOpeners.get(lower(graph.token(0))));
  }

  private Optional<EventStatus> dependentCue(DependencyGraph graph, int head) {
    return childCue(graph, head, "dependent", relation -> true);
  }

  /** The status of the first dependent of {@code head}, by a relation {@code relations} accepts, that is a cue of kind {@code where}. */
  private Optional<EventStatus> childCue(DependencyGraph graph, int head, String where,
      Predicate<String> relations) {
    for (var d : graph.children(head)) {
      if (!relations.test(d.relation())) {
        continue;
      }
      String word = lower(graph.token(d.dependent()));
      for (StatusCue cue : cues) {
        if (cue.where().equals(where) && cue.cue().equals(word) && cue.relations().matches(d.relation())) {
          return Optional.of(cue.status());
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "Asked by the Member for Stowbridge what assessment had been made ..., the minister said: MINUSMA handed over its
   * camp": a verb of asking or urging in the passive with its agent named tells who put a question or a request to the
   * speaker, not that what the speaker then reports is still to happen ("were asked by police to leave" still asks:
   * the leaving is the verb's complement).
   */
  private static boolean isPassiveWithAgent(DependencyGraph graph, int verb) {
    return "VBN".equals(graph.token(verb).pos())
        && graph.children(verb).stream().anyMatch(c -> c.relation().equals("obl:by") || c.relation().equals("obl:agent"))
        && graph.children(verb).stream().noneMatch(c -> c.relation().equals("xcomp"));
  }

  /**
   * "Both sides must withdraw to their barracks and hand their checkpoints to the police": a bare verb coordinated
   * with a verb shares that verb's modal auxiliary (a verb with an auxiliary or tense of its own keeps its own).
   */
  private Optional<EventStatus> sharedModal(DependencyGraph graph, int head) {
    boolean bare = "VB".equals(graph.token(head).pos()) && graph.headRelation(head).startsWith("conj")
        && graph.children(head).stream().noneMatch(d -> d.relation().startsWith("aux"));
    if (!bare || graph.head(head) < 0) {
      return Optional.empty();
    }
    return childCue(graph, graph.head(head), "dependent", relation -> relation.equals("aux"));
  }

  /**
   * "No one had to leave their homes", "nobody was hurt": a subject that names no one denies the
   * verb; looked for on the trigger and on the verbs it is the complement of ("had to leave"), never
   * further up ("no group claimed the attack" says nothing of the attack).
   */
  private Optional<EventStatus> subjectCue(DependencyGraph graph, int head) {
    int verb = head;
    while (true) {
      for (var d : graph.children(verb)) {
        if (d.relation().startsWith("nsubj")) {
          Optional<EventStatus> found = subjectWordCue(graph, d.dependent());
          if (found.isPresent()) {
            return found;
          }
        }
      }
      if (graph.head(verb) < 0 || !graph.headRelation(verb).equals("xcomp")) {
        return Optional.empty();
      }
      verb = graph.head(verb);
    }
  }

  /**
   * "an agreement under which Rwanda is to pull its troops out", "the rebels are to withdraw from Goma": a verb with a
   * form of "be" (where {@code be_to}: present tense only, as "his last job was to defuse a bomb" tells what he did) and
   * "to" as its own auxiliary and marker tells what is arranged to happen, not what happened.
   */
  private Optional<EventStatus> beToCue(DependencyGraph graph, int head) {
    boolean to = graph.children(head).stream().anyMatch(c -> c.relation().equals("mark") && lower(graph.token(c.dependent())).equals("to"));
    if (!to) {
      return Optional.empty();
    }
    return childCue(graph, head, "be_to", relation -> true);
  }

  /** "Police found no explosives", "seized nothing": an object that names nothing denies the verb. */
  private Optional<EventStatus> objectCue(DependencyGraph graph, int head) {
    for (var d : graph.children(head)) {
      if (d.relation().equals("obj")) {
        Optional<EventStatus> found = argumentWordCue(graph, d.dependent(), "object", "obj");
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  private Optional<EventStatus> subjectWordCue(DependencyGraph graph, int subject) {
    return argumentWordCue(graph, subject, "subject", "nsubj");
  }

  /** A cue of kind {@code where} that is the argument word itself (by {@code ownRelation}) or one of its dependents. */
  private Optional<EventStatus> argumentWordCue(DependencyGraph graph, int argument, String where, String ownRelation) {
    String word = lower(graph.token(argument));
    for (StatusCue cue : cues) {
      if (!cue.where().equals(where)) {
        continue;
      }
      if (cue.relations().matches(ownRelation) && cue.cue().equals(word)) {
        return Optional.of(cue.status());
      }
      for (var d : graph.children(argument)) {
        if (cue.relations().matches(d.relation()) && cue.cue().equals(lower(graph.token(d.dependent())))) {
          return Optional.of(cue.status());
        }
      }
    }
    return Optional.empty();
  }

  private Optional<EventStatus> ancestorCue(DependencyGraph graph, int ancestor, EventType type, ArgumentBinder binder,
      List<Actor> sides) {
    if (isRefutedSubject(graph, ancestor)) {
      return Optional.of(EventStatus.DENIED);
    }
    String lemma = TriggerMatcher.lemma(graph.token(ancestor));
    String phrasal = graph.children(ancestor).stream().filter(c -> c.relation().equals("compound:prt"))
        .map(c -> lemma + " " + lower(graph.token(c.dependent()))).findFirst().orElse(lemma);
    for (StatusCue cue : cues) {
      // "police have ruled out any attack": a phrasal verb's cue names its particle
      if (!cue.cue().equals(lemma) && !cue.cue().equals(phrasal)) {
        continue;
      }
      if (isIdiom(graph, ancestor) || isManner(graph, ancestor) || isPassiveWithAgent(graph, ancestor)) {
        return Optional.empty();
      }
      if (cue.where().equals("ancestor")) {
        return Optional.of(cue.status());
      }
      // "concerned by reports that security forces fired on demonstrators": what a report tells is reported
      if (cue.where().equals("account") && graph.token(ancestor).pos().startsWith("NN")) {
        return Optional.of(cue.status());
      }
      if (cue.where().equals("speaker") && Violence.FIGHTING.contains(type) && speakerIsAParty(graph, ancestor, binder, sides)) {
        return Optional.of(cue.status());
      }
    }
    return Optional.empty();
  }

  /**
   * "I am gravely concerned by the abduction of some 50 women", "alarmed at the shelling": a concern by or at an event
   * is a reaction to what happened, unlike a concern that something may happen ("concerned that fighting could
   * spread"); "concern about" may be either and stays a fear.
   */
  private static boolean isReactionTo(DependencyGraph graph, int below) {
    return REACTION.matcher(graph.headRelation(below)).matches();
  }

  /** "the claim that troops stormed a village is false": a report or claim that a refuting word is said of. */
  private boolean isRefutedSubject(DependencyGraph graph, int ancestor) {
    int governor = graph.head(ancestor);
    if (governor < 0 || !graph.headRelation(ancestor).startsWith("nsubj")) {
      return false;
    }
    return refuting.contains(TriggerMatcher.lemma(graph.token(governor)));
  }

  /**
   * "The police service has noted with concern an attack by a group of residents": a cue noun in a "with" phrase
   * tells how the news was taken, not that the event is only feared.
   */
  private static boolean isManner(DependencyGraph graph, int cue) {
    return graph.headRelation(cue).equals("obl:with");
  }

  /** "The massacre claims the lives of 8": a cue verb with an object of class idiom_object says no claim. */
  private static boolean isIdiom(DependencyGraph graph, int verb) {
    for (int object : graph.dependents(verb, OBJECT)) {
      if (NounClasses.standard().contains("idiom_object", TriggerMatcher.lemma(graph.token(object)))) {
        return true;
      }
    }
    return false;
  }

  /** "The army said ...", "the group claimed ...": a side of the conflict speaking of fighting. */
  private static boolean speakerIsAParty(DependencyGraph graph, int verb, ArgumentBinder binder, List<Actor> sides) {
    for (int subject : graph.dependents(verb, RelationPattern.parse("nsubj"))) {
      Optional<ActorMention> speaker = binder.actorFor(subject);
      if (speaker.isPresent() && Violence.PARTIES.contains(speaker.get().actor().kind())
          && isASide(speaker.get().actor(), sides)) {
        return true;
      }
    }
    return false;
  }

  /** Named sides known: the speaker must be one of them (or the same state's forces). None known: any party counts. */
  private static boolean isASide(Actor speaker, List<Actor> sides) {
    List<Actor> named = sides.stream().filter(a -> a.kind() != ActorKind.UNKNOWN && a.kind() != ActorKind.CIVILIANS).toList();
    if (named.isEmpty()) {
      return sides.stream().noneMatch(a -> a.kind() == ActorKind.UNKNOWN);
    }
    return named.stream().anyMatch(a -> a.name().equals(speaker.name()) || sameState(a, speaker));
  }

  private static boolean sameState(Actor a, Actor b) {
    return Violence.STATE.contains(a.kind()) && Violence.STATE.contains(b.kind())
        && a.country() != null && a.country().equals(b.country());
  }

  /** Ancestors up to the sentence root; stops at a coordinated or relative clause, whose modality is its own. */
  private static List<Integer> clauseChain(DependencyGraph graph, int head) {
    List<Integer> chain = new ArrayList<>();
    int node = head;
    for (int ancestor : graph.ancestors(head)) {
      String relation = graph.headRelation(node);
      // "Ask the 2,300 people who left Myrnohrad": a relative clause tells of its noun as a fact of its own
      if (relation.startsWith("conj") || relation.startsWith("parataxis") || relation.equals("acl:relcl")) {
        break;
      }
      // "My cousin called at noon to say fighters had driven into the centre": what a call was made to tell is told;
      // the call ("call" also calls for things) says nothing of it
      if (relation.startsWith("advcl") && node != head && SpeechVerbs.contains(TriggerMatcher.lemma(graph.token(node)))) {
        break;
      }
      chain.add(ancestor);
      node = ancestor;
    }
    return chain;
  }

  private static boolean isProgressive(DependencyGraph graph, int head) {
    Token t = graph.token(head);
    if (t.pos() == null || !t.pos().equals("VBG")) {
      return false;
    }
    for (var d : graph.children(head)) {
      if (d.relation().equals("aux") && TriggerMatcher.lemma(graph.token(d.dependent())).equals("be")) {
        return true;
      }
    }
    return false;
  }

  private static String lower(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }

  private static List<StatusCue> load() {
    List<StatusCue> list = new ArrayList<>();
    for (TsvResource.Row row : TsvResource.read(StatusDetector.class, "status-cues.tsv")) {
      list.add(new StatusCue(row.get("cue"), row.get("where"), RelationPattern.parse(row.get("relations")),
          EventStatus.valueOf(row.get("status").toUpperCase(Locale.ROOT))));
    }
    return list;
  }
}
