package org.sitrep.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sitrep.actor.ActorMention;
import org.sitrep.geo.PlaceMention;
import org.sitrep.model.ActorKind;
import org.sitrep.model.EventStatus;
import org.sitrep.model.EventType;
import org.sitrep.model.Place;
import org.sitrep.model.PlacePrecision;

/**
 * Within one article, the same real event is usually told several times (headline, lead, recap).
 * Drafts of one type whose actors, targets and places agree (or are silent) become one event with
 * the evidence of every sentence. Counted and uncounted statuses never merge: a feared capture is
 * not the capture.
 */
final class ArticleEventMerger {
  private static final Set<ActorKind> STATE_KINDS = Set.of(ActorKind.STATE_MILITARY, ActorKind.STATE_POLICE, ActorKind.GOVERNMENT);

  private ArticleEventMerger() {}

  static List<Draft> merge(List<Draft> drafts) {
    List<Draft> merged = new ArrayList<>();
    for (Draft d : drafts) {
      Draft into = null;
      for (Draft m : merged) {
        if (compatible(m, d)) {
          into = m;
          break;
        }
      }
      if (into == null) {
        merged.add(d);
      } else {
        absorb(into, d);
      }
    }
    return merged;
  }

  static boolean compatible(Draft a, Draft b) {
    if (a.type != b.type || !sameStatusClass(a.status, b.status) || countsConflict(a, b) || a.timelineEntry != b.timelineEntry) {
      return false;
    }
    if (a.headline || b.headline) {
      return headlineAgrees(a, b);
    }
    if (isPolicingOf(a, b) || isPolicingOf(b, a)) {
      return placesAgree(a.location, b.location);
    }
    if (a.sentenceIndex == b.sentenceIndex && (Violence.FIGHTING.contains(a.type) || a.type == EventType.PROTEST)) {
      // one sentence tells one clash, seen from both sides ("its fighters clashed with troops trying to advance"), and
      // one demonstration ("six protesters were killed when police used live ammunition against a march")
      return placesAgree(a.location, b.location);
    }
    boolean displacement = a.type == EventType.DISPLACEMENT;
    // a town is taken once: "HTS seized Hama" and "his fighters had entered Hama" tell one capture
    boolean oneCapture = a.type == EventType.TERRITORY_CAPTURED && a.location != null && b.location != null
        && placesAgree(a.location, b.location) && loosely(a.actor, b.actor);
    return (displacement || oneCapture || agree(a.actor, b.actor, false))
        && agree(a.target, b.target, true)
        && placesAgree(a.location, b.location)
        && placesAgree(a.from, b.from);
  }

  /**
   * "Protesters marched in Abuja ... Police fired tear gas to disperse them": the police's part,
   * told in its own sentence, is the protest's intervention (ACLED codes one event, the police as
   * its second actor), not a protest of its own.
   */
  private static boolean isPolicingOf(Draft police, Draft protest) {
    // a verb whose subject the police are ("police fired"); a protest noun ("the rally") is the protest
    // itself, and in "police kept their distance and the rally dispersed" the rally dispersed
    return police.type == EventType.PROTEST && police.trigger.entry().pos() == 'V' && police.actorIsSubject
        && police.actor != null && STATE_KINDS.contains(police.actor.actor().kind())
        && police.sentenceIndex != protest.sentenceIndex
        && (protest.actor == null || !STATE_KINDS.contains(protest.actor.actor().kind()));
  }

  /**
   * A headline compresses the lead: "Syrian rebels seize Hama" is the lead's "HTS seized Hama".
   * Actors agree when one is generic or unknown and the countries agree; places when in one country.
   */
  private static boolean headlineAgrees(Draft a, Draft b) {
    return sameCountry(a.location, b.location) && loosely(a.actor, b.actor);
  }

  private static boolean loosely(ActorMention a, ActorMention b) {
    if (a == null || b == null || a.actor().name().equals(b.actor().name())) {
      return true;
    }
    boolean generic = a.actor().id() == null || b.actor().id() == null;
    return generic && Objects.equals(a.actor().country(), b.actor().country());
  }

  private static boolean sameCountry(PlaceMention a, PlaceMention b) {
    return a == null || b == null || Objects.equals(a.place().country(), b.place().country());
  }

  /** "wounded 92" and "wounding two" are two incidents, whatever else they share. */
  private static boolean countsConflict(Draft a, Draft b) {
    return differ(a.fatalities, b.fatalities) || differ(a.injured, b.injured);
  }

  private static boolean differ(org.sitrep.model.Quantity x, org.sitrep.model.Quantity y) {
    return x != null && y != null && x.value() != y.value();
  }

  private static boolean sameStatusClass(EventStatus a, EventStatus b) {
    return a != null && a.counted() ? b != null && b.counted() : a == b;
  }

  /**
   * Same actor, or "Israeli forces" (generic) and "the IDF" (named): one generic, same country and
   * kind, and a state's own force, of which a country has one; "militants" may be any of many groups.
   */
  private static boolean agree(ActorMention a, ActorMention b, boolean silentAgrees) {
    if (a == null || b == null) {
      return silentAgrees || a == b;
    }
    if (a.actor().name().equals(b.actor().name())) {
      return true;
    }
    boolean oneGeneric = a.actor().id() == null ^ b.actor().id() == null;
    return oneGeneric && a.actor().country() != null && a.actor().country().equals(b.actor().country())
        && a.actor().kind() == b.actor().kind() && STATE_KINDS.contains(a.actor().kind());
  }

  static boolean placesAgree(PlaceMention a, PlaceMention b) {
    if (a == null || b == null) {
      return true;
    }
    Place p = a.place();
    Place q = b.place();
    if (p.precision() == PlacePrecision.COUNTRY || q.precision() == PlacePrecision.COUNTRY) {
      return Objects.equals(p.country(), q.country());
    }
    return p.name().equals(q.name()) && Objects.equals(p.country(), q.country());
  }

  private static void absorb(Draft into, Draft d) {
    Draft police = isPolicingOf(d, into) ? d : isPolicingOf(into, d) ? into : null;
    boolean policing = police != null;
    if (policing) {
      takePolicing(into, police, police == d ? into : d);
    }
    for (var e : d.evidence) {
      if (!into.evidence.contains(e)) {
        into.evidence.add(e);
      }
    }
    if (into.headline && !d.headline) {
      // the body names who and where more precisely than the headline, and the lead tells the
      // sub-type with it ("Women describe assaults by soldiers": "sexually assaulted six women")
      into.actor = d.actor != null && d.actor.actor().id() != null ? d.actor : into.actor;
      into.headline = false;
      into.sentenceWords = d.lead ? joined(into.sentenceWords, d.sentenceWords) : into.sentenceWords;
    }
    boolean sameSentence = into.sentenceIndex == d.sentenceIndex;
    if (sameSentence && into.actor != null && d.actor != null && into.target == null && !agree(into.actor, d.actor, false)) {
      into.target = d.actor;
    }
    into.actor = into.actor == null && !policing ? d.actor : into.actor;
    into.actorFromRole |= d.actorFromRole;
    into.lead |= d.lead;
    into.target = into.target == null ? d.target : into.target;
    into.location = finer(into.location, d.location);
    into.from = finer(into.from, d.from);
    for (PlaceMention p : d.to) {
      if (into.to.stream().noneMatch(q -> q.place().name().equals(p.place().name()))) {
        into.to.add(p);
      }
    }
    into.setCount("fatalities", d.fatalities);
    into.setCount("injured", d.injured);
    into.setCount("displaced", d.displaced);
    if (into.date == null) {
      into.date = d.date;
    }
  }

  /**
   * The protesters act and the police are their second party; with no protesters named ("9
   * protesters were killed") the police stay the actor. Both sentences tell the sub-type.
   */
  private static void takePolicing(Draft into, Draft police, Draft protest) {
    if (protest.actor != null) {
      into.actor = protest.actor;
      into.target = police.actor;
    } else {
      into.actor = police.actor;
    }
    into.sentenceWords = joined(protest.sentenceWords, police.sentenceWords);
  }

  private static List<Set<String>> joined(List<Set<String>> first, List<Set<String>> second) {
    List<Set<String>> words = new ArrayList<>(first);
    words.addAll(second);
    return words;
  }

  private static PlaceMention finer(PlaceMention a, PlaceMention b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return b.place().precision().ordinal() < a.place().precision().ordinal() ? b : a;
  }
}
