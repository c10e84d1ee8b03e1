package org.sitrep.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.actor.ActorMention;
import org.sitrep.geo.PlaceMention;
import org.sitrep.model.ActorKind;
import org.sitrep.model.EventType;
import org.sitrep.model.Span;

/**
 * Builds the draft event of one trigger from its dependency roles. Arguments a role does not give
 * stay empty here; {@link DiscourseResolver} fills pronoun actors from earlier events.
 */
final class SentenceEventBuilder {
  private final DependencyGraph graph;
  private final SentenceMentions mentions;
  private final ArgumentBinder binder;
  private final VictimCount victims;
  private final ArticleFocus focus;

  SentenceEventBuilder(DependencyGraph graph, SentenceMentions mentions, ArticleFocus focus) {
    this.graph = graph;
    this.mentions = mentions;
    this.binder = new ArgumentBinder(graph, mentions, focus.country());
    this.victims = new VictimCount(graph, binder);
    this.focus = focus;
  }

  ArgumentBinder binder() {
    return binder;
  }

  /** @param pronoun receives the pronoun that fills the actor role, if one does ("its offensive") */
  Draft build(TriggerMatch match, String[] pronoun) {
    TriggerEntry.Roles roles = match.entry().roles();
    Draft d = new Draft();
    d.trigger = match;
    d.triggerStart = graph.token(match.first()).start();
    d.triggerText = graph.sentence().text().substring(
        d.triggerStart - graph.sentence().start(), graph.token(match.last()).end() - graph.sentence().start());
    d.sentenceIndex = graph.sentence().index();
    int[] at = new int[1];
    d.target = firstActor(binder.roleTokens(match, roles.target()), null, null, at);
    int targetToken = at[0];
    d.actor = firstActor(binder.roleTokens(match, roles.actor()), d.target, pronoun, at);
    if (d.actor != null && d.target == null && isReducedPassive(match)) {
      d.target = d.actor;
      d.actor = null;
    }
    d.actorFromRole = d.actor != null;
    if (d.actor != null && d.target != null && d.actor.span().equals(d.target.span())) {
      d.target = null;
    }
    if (d.actor != null) {
      d.actorAssociates.addAll(binder.associatesOf(at[0], d.actor, d.target));
    }
    if (d.target != null) {
      d.targetAssociates.addAll(binder.associatesOf(targetToken, d.target, d.actor));
    } else if (match.entry().type() == org.sitrep.model.EventType.BATTLE && !d.actorAssociates.isEmpty()) {
      // "rebels and the army clashed": coordinated parties of a battle with no target fight each other
      d.target = d.actorAssociates.remove(0);
    }
    d.location = firstPlace(binder.roleTokens(match, roles.place()));
    bindRoute(match, roles, d);
    victims.bind(match, roles, d);
    d.type = match.entry().type();
    if (d.type != null && d.target != null && d.target.actor().kind() == ActorKind.CIVILIANS) {
      d.type = match.entry().civilianType();
    }
    return d;
  }

  /**
   * "Six SDF fighters and four faction members killed, several wounded": a casualty verb with a subject, no object and
   * no auxiliary is the passive of a report's telegraphic style, and its subject are the victims, not the killers.
   */
  private boolean isReducedPassive(TriggerMatch match) {
    if (!match.entry().isCasualty() || match.entry().pos() != 'V') {
      return false;
    }
    List<String> relations = graph.children(match.head()).stream().filter(c -> !VictimCount.isAnotherToll(graph, c.dependent(), match.head()))
        .map(c -> c.relation()).toList();
    return relations.contains("nsubj") && relations.stream().noneMatch(r -> r.equals("obj") || r.equals("iobj")
        || r.startsWith("aux") || r.equals("ccomp") || r.startsWith("obl:agent")) && !sharesItsSubject(match.head());
  }

  /** "Villagers hacked and burned to death four women": a verb that has its subject from the verb it is joined to. */
  private boolean sharesItsSubject(int verb) {
    if (!graph.headRelation(verb).startsWith("conj")) {
      return false;
    }
    List<Integer> own = graph.children(verb).stream().filter(c -> c.relation().equals("nsubj")).map(c -> c.dependent()).toList();
    return graph.children(graph.head(verb)).stream().anyMatch(c -> c.relation().equals("nsubj") && own.contains(c.dependent()));
  }

  /** Where people fled from and to; a displacement also reads its route beyond its roles (DisplacementRoute). */
  private void bindRoute(TriggerMatch match, TriggerEntry.Roles roles, Draft d) {
    List<Integer> fromTokens = binder.roleTokens(match, roles.from());
    List<PlaceMention> destinations = new ArrayList<>();
    binder.roleTokens(match, roles.to()).forEach(t -> destinations.addAll(binder.placesUnder(t)));
    if (match.entry().type() == org.sitrep.model.EventType.DISPLACEMENT) {
      DisplacementRoute route = new DisplacementRoute(graph, binder);
      List<PlaceMention> carried = route.destinationsUnder(fromTokens);
      d.from = route.origin(fromTokens);
      d.from = d.from != null || !carried.isEmpty() ? d.from : firstPlace(fromTokens);
      d.from = d.from != null ? d.from : route.origin(route.subjects(match.head()));
      destinations.addAll(carried);
      destinations.addAll(route.destinationsUnder(route.objects(match.head())));
      destinations.addAll(route.onwardDestinations(match.head()));
      destinations.addAll(OnwardPlaces.trailing(graph, binder, match.last()));
      PlaceMention fronted = d.from == null ? route.frontedSetting(match.head()) : null;
      if (fronted != null && destinations.stream().noneMatch(p -> p.place().name().equals(fronted.place().name()))) {
        d.from = fronted;
      }
    } else {
      d.from = firstPlace(fromTokens);
    }
    for (PlaceMention p : destinations) {
      if (d.to.stream().noneMatch(q -> q.place().name().equals(p.place().name()))) {
        d.to.add(p);
      }
    }
  }

  /** @param at receives the role token the actor was found under */
  private ActorMention firstActor(List<Integer> tokens, ActorMention exclude, String[] pronoun, int[] at) {
    for (int t : tokens) {
      Optional<ActorMention> m = binder.actorFor(t).filter(a -> exclude == null || !a.span().equals(exclude.span()));
      if (m.isPresent()) {
        at[0] = t;
        return m.get();
      }
      if (pronoun != null && pronoun[0] == null && binder.isPronoun(t)) {
        pronoun[0] = graph.token(t).word();
      }
    }
    return null;
  }

  private PlaceMention firstPlace(List<Integer> tokens) {
    for (int t : tokens) {
      List<PlaceMention> places = binder.placesUnder(t);
      if (!places.isEmpty()) {
        // "in Syria's al-Bab": the place the role word itself names, before those that modify it
        Span head = binder.tokenSpan(t);
        return places.stream().filter(p -> p.span().overlaps(head)).findFirst().orElse(places.get(0));
      }
      if (focus.city() != null && Anaphors.isPlaceAnaphor(graph, t)) {
        Span span = binder.tokenSpan(t);
        return new PlaceMention(span, focus.city().withText(graph.token(t).word()));
      }
    }
    return null;
  }

  /**
   * Last resort for violent events whose grammar names no actor: the closest armed actor named
   * before the trigger in the same sentence. Confidence is lowered for it downstream.
   */
  Optional<ActorMention> precedingArmedActor(Draft d) {
    // "The Estado Mayor Central, Colombia's largest FARC dissident group, split ...": a change to a
    // group is the group's own, like the violence it does
    if (!Violence.TYPES.contains(d.type) && d.type != EventType.OTHER) {
      return Optional.empty();
    }
    return precedingGroup(d).filter(m -> Violence.PARTIES.contains(m.actor().kind()) && m.actor().kind() != ActorKind.GOVERNMENT);
  }

  /** The closest actor mention before the trigger that can act: for "its" and "their". */
  Optional<ActorMention> precedingGroup(Draft d) {
    ActorMention best = null;
    for (ActorMention m : mentions.actors()) {
      boolean before = m.span().end() <= d.triggerStart;
      boolean isTarget = d.target != null && m.span().equals(d.target.span());
      if (before && !isTarget && m.actor().kind() != ActorKind.CIVILIANS && !binder.isHomeCountry(m)) {
        best = m;
      }
    }
    return Optional.ofNullable(best);
  }

  /** "backing from Russia": a country acting is not where the event happens. */
  private boolean namesAForeignActor(PlaceMention p) {
    for (ActorMention m : mentions.actors()) {
      if (m.span().overlaps(p.span()) && m.actor().kind() == ActorKind.FOREIGN_STATE && !binder.isHomeCountry(m)) {
        return true;
      }
    }
    return false;
  }

  /** A place in the trigger's own subtree that is not part of its actor or target. */
  Optional<PlaceMention> placeInSubtree(Draft d) {
    return firstFree(d, binder.placesInOwnClause(d.trigger.head()));
  }

  /** A place named anywhere in the sentence: a wire lead names the event's place once, not always under its verb. */
  Optional<PlaceMention> placeInSentence(Draft d, List<PlaceMention> taken) {
    return firstFree(d, mentions.places().stream().filter(p -> !taken.contains(p)).toList());
  }

  private Optional<PlaceMention> firstFree(Draft d, List<PlaceMention> places) {
    for (PlaceMention p : places) {
      boolean inActor = d.actor != null && d.actor.span().overlaps(p.span());
      boolean inTarget = d.target != null && d.target.span().overlaps(p.span());
      if (!inActor && !inTarget && !namesAForeignActor(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
