package org.sitrep.event;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.actor.ActorMention;
import org.sitrep.model.EventStatus;
import org.sitrep.model.EventType;

/**
 * Violence a party announces it may or will commit is a threat by that party: "Putin said Russia
 * could strike Kyiv", "the army spokesman warned ..., saying the army would strike", "al-Houthi
 * vowed to step up attacks". The embedded strike becomes a {@code threat} with status
 * {@code threatened} and the speaker as actor.
 */
final class ThreatRule {
  private static final Set<EventStatus> NOT_YET = EnumSet.of(EventStatus.SPECULATIVE, EventStatus.PLANNED, EventStatus.THREATENED);
  /** Reported speech makes a threat only of what the speaker says may or will happen (a modal). */
  private static final Set<EventStatus> MODAL = EnumSet.of(EventStatus.SPECULATIVE, EventStatus.THREATENED);
  private static final RelationPattern SUBJECT = RelationPattern.parse("nsubj");

  private ThreatRule() {}

  static void apply(List<Draft> sentenceDrafts, DependencyGraph graph, ArgumentBinder binder) {
    for (Draft d : sentenceDrafts) {
      if (Violence.FIGHTING.contains(d.type) && NOT_YET.contains(d.status)) {
        speakingParty(d, graph, binder, MODAL.contains(d.status)).ifPresent(speaker -> {
          d.type = EventType.THREAT;
          d.status = EventStatus.THREATENED;
          d.target = d.target == null && d.actor != null && !sameActor(d.actor, speaker) ? d.actor : d.target;
          d.actor = speaker;
          d.actorFromRole = true;
        });
      }
    }
  }

  /**
   * The party (armed group, state force, government) whose speech verb governs the trigger. A verb
   * of saying counts only for a modal event ("said Russia could strike"); vowing, threatening and
   * warning count for any act not yet done ("vowed to step up attacks").
   */
  private static Optional<ActorMention> speakingParty(Draft d, DependencyGraph graph, ArgumentBinder binder, boolean modal) {
    for (int ancestor : graph.ancestors(d.trigger.head())) {
      String lemma = TriggerMatcher.lemma(graph.token(ancestor));
      if (!SpeechVerbs.contains(lemma) || !modal && !SpeechVerbs.commits(lemma)) {
        continue;
      }
      for (int subject : graph.dependents(ancestor, SUBJECT)) {
        Optional<ActorMention> speaker = binder.actorFor(subject);
        if (speaker.isPresent() && Violence.PARTIES.contains(speaker.get().actor().kind())) {
          return speaker;
        }
      }
    }
    return Optional.empty();
  }

  private static boolean sameActor(ActorMention a, ActorMention b) {
    return a.actor().name().equals(b.actor().name());
  }
}
