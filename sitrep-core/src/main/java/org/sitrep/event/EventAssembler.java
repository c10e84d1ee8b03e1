package org.sitrep.event;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.geo.PlaceMention;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventType;
import org.sitrep.model.Place;
import org.sitrep.time.DateResolver;

/**
 * Turns merged drafts into immutable events: fills what the text left open (an unknown actor,
 * the article's country as the place, the article date as a coarse date) and scores confidence
 * by how much came from the grammar rather than from such fallbacks.
 */
final class EventAssembler {
  private final Article article;
  private final ArticleFocus focus;
  private final DateResolver dates;

  EventAssembler(Article article, ArticleFocus focus, DateResolver dates) {
    this.article = article;
    this.focus = focus;
    this.dates = dates;
  }

  List<Event> assemble(List<Draft> drafts) {
    List<Event> events = new ArrayList<>();
    for (Draft d : drafts) {
      events.add(toEvent(d));
    }
    return events;
  }

  /**
   * Ranking by harm: armed-conflict datasets code an event for its dead, so of the events of one
   * report the one with the toll comes first, then one a casualty word joined ("more casualties in
   * the attack on al-Qasab") or with injured or displaced counted, or one of a kind that is news
   * without a toll (a capture, a protest, an arrest), then violence with no harm reported. The
   * largest penalty stays below the one for an actor the grammar did not give, so who did it still
   * weighs more than what it cost.
   */
  private static final double HARM_PENALTY = 0.05;
  private static final double NO_HARM_PENALTY = 0.15;
  private static final double STATEMENT_PENALTY = 0.05;
  private static final double ASIDE_PENALTY = 0.15;
  private static final double EARLIER_ENTRY_PENALTY = 0.2;

  /**
   * People who fled, with no count of them: displacement data counts people, so of two tellings of one flight
   * ("Families displaced from Manbij rest in Raqqa. About 8,500 people have fled Manbij") the counted one leads.
   */
  private static boolean uncountedFlight(Draft d) {
    return d.type == EventType.DISPLACEMENT && d.displaced == null;
  }

  private Event toEvent(Draft d) {
    double confidence = 0.9;
    Actor actor = d.actor == null ? defaultActor(d) : d.actor.actor();
    if (!d.actorFromRole) {
      confidence -= 0.2;
    }
    PlaceMention where = d.location != null ? d.location : d.sentencePlace;
    Place location = where == null ? null : where.place();
    if (location == null && focus.countryPlace() != null) {
      location = focus.countryPlace();
      confidence -= 0.1;
    }
    // the main event of a report comes first: its lead sentence, its main clause
    confidence -= d.subordinate || d.pluperfect ? 0.1 : 0;
    // a chronology's news is its latest entry, even where an earlier one counted dead
    confidence -= d.earlierEntry ? EARLIER_ENTRY_PENALTY : 0;
    confidence -= d.lead ? 0 : 0.05;
    // an interviewer's question tells what was heard; the answer what happened
    confidence -= d.asked ? 0.1 : 0;
    // an explainer's news is under "What happened?"; "What happens next?" and "Why does it matter?" are asides
    confidence -= d.aside ? ASIDE_PENALTY : 0;
    // a statement is how news is told; what it tells of, when that is an event too, comes first
    confidence -= d.type == EventType.STATEMENT ? STATEMENT_PENALTY : 0;
    // and it is the one with the toll: "shelling targets Homs and clashes kill 4 in Daraa"
    confidence -= d.fatalities != null ? 0 : d.harmReported || d.injured != null || d.displaced != null
        || !Violence.HARMING.contains(d.type) && !uncountedFlight(d) ? HARM_PENALTY : NO_HARM_PENALTY;
    EventDate date = d.date;
    if (date == null) {
      date = dates.fallback(article.published());
      confidence -= 0.1;
    }
    SubtypeRules.Decision category = subtype(d, actor);
    String id = EventIds.of("ev-", article.id(), d.type.json(), Integer.toString(d.sentenceIndex), Integer.toString(d.triggerStart));
    return new Event(id, category.type(), d.status, actor, d.target == null ? null : d.target.actor(), location, date,
        d.fatalities, d.injured, d.displaced, d.from == null ? null : d.from.place(), places(d.to), article,
        d.evidence, Math.max(0.1, Math.round(confidence * 100) / 100.0), null, d.triggerText, category.subtype(),
        actors(d.actorAssociates), actors(d.targetAssociates));
  }

  private static List<Actor> actors(List<org.sitrep.actor.ActorMention> mentions) {
    return mentions.stream().map(org.sitrep.actor.ActorMention::actor).toList();
  }

  private static SubtypeRules.Decision subtype(Draft d, Actor actor) {
    return SubtypeRules.standard().classify(facts(d, actor == null ? null : actor.kind()));
  }

  /** The sub-type a draft has so far (its actor as known in its sentence). */
  static String subtypeOf(Draft d) {
    return SubtypeRules.standard().classify(facts(d, d.actor == null ? null : d.actor.actor().kind())).subtype();
  }

  /**
   * Settles types the sub-type rules change ("an attack with chlorine", "protesters clashed with
   * police") before the actor-kind rule judges who may do what.
   */
  static void retype(List<Draft> drafts) {
    for (Draft d : drafts) {
      d.type = SubtypeRules.standard().classify(facts(d, d.actor == null ? null : d.actor.actor().kind())).type();
    }
  }

  private static SubtypeRules.Facts facts(Draft d, ActorKind actorKind) {
    String trigger = d.trigger == null ? null : String.join(" ", d.trigger.entry().lemmas());
    // "Fatalities: 0.", "No one was hurt": a count of none is no harm
    boolean harm = d.fatalities != null && d.fatalities.value() > 0 || d.injured != null && d.injured.value() > 0;
    ActorKind target = d.target == null ? null : d.target.actor().kind();
    return new SubtypeRules.Facts(d.type, trigger, d.sentenceWords, actorKind, target, harm);
  }

  /** Displaced people are the actor of a displacement; anything else the text leaves unnamed is "unknown". */
  private Actor defaultActor(Draft d) {
    if (d.type == EventType.DISPLACEMENT) {
      return new Actor("Civilians", null, d.victimsText, ActorKind.CIVILIANS, focus.country());
    }
    return new Actor("Unknown", null, null, ActorKind.UNKNOWN, null);
  }

  private static List<Place> places(List<PlaceMention> mentions) {
    List<Place> list = new ArrayList<>();
    for (PlaceMention m : mentions) {
      list.add(m.place());
    }
    return list;
  }
}
