package org.sitrep.event;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.sitrep.actor.ActorMention;
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
  /** How many sentences back an attributed event may have been told. */
  private static final int ATTRIBUTION_REACH = 2;
  /** The phrases that name whom an event is laid at. */
  private static final Set<String> ON_WHOM = Set.of("obl:to", "obl:on", "nmod:to", "nmod:on");

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

  /** Whether a noun trigger is what an attribution verb lays at someone's door ("linked the attack to a feud"). */
  static boolean isAttributed(DependencyGraph graph, int head, char pos) {
    return pos == 'N' && isAttributed(graph, head);
  }

  private static boolean isAttributed(DependencyGraph graph, int head) {
    int verb = graph.head(head);
    String relation = graph.headRelation(head);
    return verb >= 0 && (relation.equals("obj") || relation.equals("nsubj:pass"))
        && NounClasses.standard().contains("attribution", TriggerMatcher.lemma(graph.token(verb)));
  }

  /** "attributed the attack to the Chone Killers", "The abduction was attributed to fighters of JNIM": whom it is laid on. */
  static ActorMention attributedTo(DependencyGraph graph, ArgumentBinder binder, int head, char pos) {
    if (pos != 'N' || !isAttributed(graph, head)) {
      return null;
    }
    // "blamed the attack on the Taliban" is often parsed with "on the Taliban" under "attack"
    return java.util.stream.Stream.concat(graph.children(graph.head(head)).stream(), graph.children(head).stream())
        .filter(c -> ON_WHOM.contains(c.relation()))
        .map(c -> binder.actorFor(c.dependent())).flatMap(java.util.Optional::stream).findFirst().orElse(null);
  }

  /**
   * Moves the tolls of back-pointing drafts to the latest earlier violent event without a toll, and drops them; one
   * attributed to a party is the latest earlier violent event, and gives it that party where its doer is not named.
   */
  static void giveTolls(List<Draft> drafts) {
    // "Police linked the attack to a feud between criminal networks": laid at no party's door, still the attack told
    drafts.removeIf(d -> d.pointsBack && d.attributed && attributed(d, drafts));
    drafts.removeIf(d -> d.pointsBack && !d.lead && hasToll(d) && moved(d, drafts));
  }

  private static boolean attributed(Draft d, List<Draft> drafts) {
    // "threw a grenade into a bar, killing 3; police attribute the attack to Los Lobos": told before, in its sentence too
    // (the lead's only there: what comes before the lead is no report of the attack)
    int from = d.lead ? d.sentenceIndex : d.sentenceIndex - ATTRIBUTION_REACH;
    Draft host = latestHost(drafts, d, e -> e.sentenceIndex >= from, true);
    if (host == null) {
      return false;
    }
    host.actor = host.doerUnnamed() && d.attributedTo != null ? d.attributedTo : host.actor;
    host.setCount("fatalities", d.fatalities);
    host.setCount("injured", d.injured);
    host.evidence.addAll(d.evidence.stream().filter(e -> !host.evidence.contains(e)).toList());
    return true;
  }

  private static boolean moved(Draft d, List<Draft> drafts) {
    Draft host = latestHost(drafts, d, e -> !hasToll(e), false);
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
   * The best-ranked counted violent event told before {@code d} that {@code also} accepts; null when none. With
   * {@code inSentence} an event told earlier in d's own sentence counts as told before.
   */
  private static Draft latestHost(List<Draft> drafts, Draft d, Predicate<Draft> also, boolean inSentence) {
    Draft host = null;
    for (Draft e : drafts) {
      boolean before = e.sentenceIndex < d.sentenceIndex
          || inSentence && e.sentenceIndex == d.sentenceIndex && e.trigger.head() < d.trigger.head();
      boolean candidate = before && Violence.FIGHTING.contains(e.type) && e.status.counted()
          && !e.pointsBack && also.test(e);
      if (candidate && (host == null || rank(e) > rank(host))) {
        host = e;
      }
    }
    return host;
  }

  /**
   * The latest sentence first, in it the main clause, and of its events a capture ("stormed An Nahud and took control of
   * the town" is the capture ACLED codes, the storming how it was done).
   */
  private static int rank(Draft d) {
    return d.sentenceIndex * 4 + (d.subordinate ? 0 : 2) + (d.type == EventType.TERRITORY_CAPTURED ? 1 : 0);
  }

  /**
   * "the defence ministry says nine soldiers were killed and blames Islamic State Sahel", "Local officials blamed
   * JNIM.": a party that is the object of an attribution verb did the violence of its sentence, or, where that names
   * none, of the sentence before, when no doer is named there. The party is no target.
   */
  static void giveBlamedParty(List<Draft> sentence, List<Draft> earlier, DependencyGraph graph, ArgumentBinder binder) {
    ActorMention blamed = blamedParty(graph, binder);
    if (blamed == null) {
      return;
    }
    sentence.stream().filter(d -> d.target != null && d.target.span().equals(blamed.span())).forEach(d -> d.target = null);
    // a toll is the violence's own ("reported 27 people killed, blaming the air force"): it joins that event, which
    // takes the party
    List<Draft> violent = sentence.stream().filter(d -> Violence.TYPES.contains(d.type) && !d.trigger.entry().isCasualty()).toList();
    List<Draft> hosts = violent.isEmpty() ? previousSentenceViolence(earlier) : violent;
    hosts.stream().filter(Draft::doerUnnamed).forEach(d -> d.actor = blamed);
  }

  private static ActorMention blamedParty(DependencyGraph graph, ArgumentBinder binder) {
    for (int t = 0; t < graph.size(); t++) {
      String tag = graph.token(t).pos();
      if (tag == null || !tag.startsWith("VB") || !NounClasses.standard().contains("attribution", TriggerMatcher.lemma(graph.token(t)))) {
        continue;
      }
      List<Integer> objects = new java.util.ArrayList<>(graph.dependents(t, RelationPattern.parse("obj")));
      // "were killed and blames Islamic State Sahel" is often parsed with the name as the object of "killed"
      objects.addAll(graph.wordsBeside(t + 1, 1, OBJECT_REACH));
      for (int object : objects) {
        java.util.Optional<ActorMention> party = binder.actorAt(object).filter(m -> Violence.PARTIES.contains(m.actor().kind()));
        if (party.isPresent()) {
          return party.get();
        }
      }
    }
    return null;
  }

  /** How many words after an attribution verb the party it names may start ("blamed the Allied Democratic Forces"). */
  private static final int OBJECT_REACH = 2;

  private static List<Draft> previousSentenceViolence(List<Draft> earlier) {
    if (earlier.isEmpty()) {
      return List.of();
    }
    int last = earlier.get(earlier.size() - 1).sentenceIndex;
    return earlier.stream().filter(d -> d.sentenceIndex == last && Violence.FIGHTING.contains(d.type) && d.status.counted()).toList();
  }

  private static boolean hasToll(Draft d) {
    return d.fatalities != null || d.injured != null;
  }
}
