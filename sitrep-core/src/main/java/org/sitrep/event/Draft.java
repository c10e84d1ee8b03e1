package org.sitrep.event;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.actor.ActorMention;
import org.sitrep.geo.PlaceMention;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventStatus;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Quantity;

/**
 * An event while it is being assembled from one sentence and merged with others of the article.
 * Mutable on purpose and never shared: it becomes an immutable {@link org.sitrep.model.Event}.
 */
final class Draft {
  TriggerMatch trigger;
  String triggerText;
  int sentenceIndex;
  /** Told only in the article's title, which compresses the lead. */
  boolean headline;
  /** Told at the top: in the headline or the body's first sentence (after a headline line, when there is one). */
  boolean lead;
  int triggerStart;
  EventType type;
  EventStatus status;
  ActorMention actor;
  boolean actorFromRole;
  /** Whether the actor is the trigger's own subject ("police fired"), not one borrowed from a joined clause. */
  boolean actorIsSubject;
  ActorMention target;
  /** Other actors on the actor's or the target's side ("Russian and Syrian warplanes"). */
  final List<ActorMention> actorAssociates = new ArrayList<>();
  final List<ActorMention> targetAssociates = new ArrayList<>();
  PlaceMention location;
  /** A place elsewhere in the sentence: the location when the grammar gives none (it gives no substance). */
  PlaceMention sentencePlace;
  /** An armed party is named somewhere in the sentence, bound to this event or not. */
  boolean partyInSentence;
  EventDate date;
  /** The date opens a span up to now ("since the war began in April 2023"): when it started, not when it was news. */
  boolean dateStartsSpan;
  Quantity fatalities;
  Quantity injured;
  Quantity displaced;
  PlaceMention from;
  final List<PlaceMention> to = new ArrayList<>();
  final List<Evidence> evidence = new ArrayList<>();
  String victimsText;
  /** The token the count was read under (-1: none), to tell one figure read twice from two figures. */
  int victimsToken = -1;
  /** Told in a subordinate clause or phrase ("after heavy fighting"): background to the main event. */
  boolean subordinate;
  /** Told in the past perfect: background to the news ("the rebels had seized the town in March"). */
  boolean pluperfect;
  /** Told in a chronology's entry before its latest ({@link TimelineEntries}): background to the news. */
  boolean earlierEntry;
  /** The dated heading (sentence index) of the chronology entry the draft is told in; -1 outside a chronology. */
  int timelineEntry = -1;
  /** A definite event noun told as the setting of its clause ("killed in the fighting"): an event told before. */
  boolean pointsBack;
  /** Told by an interviewer (a question, or after a "Q:" label): what the answer confirms or corrects. */
  boolean asked;
  /** Told in the answer to an explainer's aside question ("What happens next?"), not under "What happened?". */
  boolean aside;
  /** Its count is a share of people counted elsewhere ("behead one of them"), which a toll of those people replaces. */
  boolean shareCount;
  /** Whom a later sentence lays this event at ("attributed the attack to the gang"); null when none. */
  ActorMention attributedTo;
  /** Whether its sentence says it covers the whole country ("across the country", NationwideScope). */
  boolean nationwide;
  /**
   * A noun trigger an attribution verb takes ("linked the attack to a feud"), whether or not a party is named (always
   * when {@link #attributedTo} is set).
   */
  boolean attributed;
  /** "four soldiers also died": victims to add to those already counted, not the same ones told again. */
  boolean additional;
  /** Told in an adverbial or relative clause or an apposition (a stricter kind of subordinate). */
  boolean sideClause;
  /** A lone casualty that is no violence of its own: it counts only for the previous sentence's fighting. */
  boolean onlyForPreviousFighting;
  /** A toll a headline tells with no event of its own ("..., kill 23"): it belongs to the lead's event. */
  boolean tollForLead;
  /** A casualty word joined this event ("more casualties in the attack"), with a count or without one. */
  boolean harmReported;
  /** The trigger is a noun heading its sentence with no verb above it: "Casualties in the countryside of Daraa". */
  boolean nounHeadline;
  /** The sentence's tokens as {lemma, lower-cased word}, for the sub-type cues. */
  List<java.util.Set<String>> sentenceWords = List.of();

  boolean hasSubstance() {
    return actor != null || target != null || location != null || from != null || !to.isEmpty()
        || fatalities != null || injured != null || displaced != null;
  }

  /** The count of {@code field} (fatalities, injured or displaced); null when unknown or no field. */
  Quantity count(String field) {
    if (field == null) {
      return null;
    }
    return switch (field) {
      case "fatalities" -> fatalities;
      case "injured" -> injured;
      case "displaced" -> displaced;
      default -> throw new IllegalStateException("unknown count field " + field);
    };
  }

  /** Sets the count even where one is set already (a sum replacing its first part). */
  void replaceCount(String field, Quantity q) {
    switch (field) {
      case "fatalities" -> fatalities = q;
      case "injured" -> injured = q;
      case "displaced" -> displaced = q;
      default -> throw new IllegalStateException("unknown count field " + field);
    }
  }

  /** Whether the text has not said who did it: no actor, or an unknown one. */
  boolean doerUnnamed() {
    return actor == null || actor.actor().kind() == org.sitrep.model.ActorKind.UNKNOWN;
  }

  /** Sets the count where none is set yet; a count already read stands. */
  void setCount(String field, Quantity q) {
    if (q != null && field != null && count(field) == null) {
      replaceCount(field, q);
    }
  }
}
