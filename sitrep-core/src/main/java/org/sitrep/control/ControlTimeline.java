package org.sitrep.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Place;

/**
 * Who held a place when: the control changes that events tell about it, ordered by date, then by
 * the order of the articles in the input, then by position in the article, with the holders after
 * each change. Pure: no NLP, no I/O.
 */
public final class ControlTimeline {
  private final List<ControlChange> changes;

  private ControlTimeline(List<ControlChange> changes) {
    this.changes = List.copyOf(changes);
  }

  /** The timeline of the place {@code place} matches, from events in article order. */
  public static ControlTimeline build(List<Event> events, PlaceMatcher place, ControlRules rules) {
    List<Candidate> candidates = candidates(events, place, rules);
    List<ControlChange> drafts = SentencePairing.changes(candidates, rules);
    drafts.sort(Comparator.comparing(ControlChange::day, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparingInt(c -> order(candidates, c))
        .thenComparingInt(c -> c.evidence() == null ? Integer.MAX_VALUE : c.evidence().start()));
    return new ControlTimeline(HolderWalk.walk(drafts, rules));
  }

  public static ControlTimeline build(List<Event> events, PlaceMatcher place) {
    return build(events, place, ControlRules.standard());
  }

  private static List<Candidate> candidates(List<Event> events, PlaceMatcher place, ControlRules rules) {
    Map<String, Integer> articleOrder = new LinkedHashMap<>();
    List<Candidate> out = new ArrayList<>();
    for (Event e : events) {
      if (e == null || e.type() == null) {
        continue;
      }
      Optional<ControlRule> rule = rules.ruleFor(e);
      if (rule.isEmpty() || rule.get().effect() == Effect.NONE || !isAbout(e, rule.get(), place)) {
        continue;
      }
      String article = e.article() == null ? "" : e.article().id();
      articleOrder.putIfAbsent(article, articleOrder.size());
      out.add(new Candidate(e, rule.get(), articleOrder.get(article)));
    }
    return out;
  }

  /** A capture is about its location; a withdrawal also about the place it left; either, placed coarsely, about a town its sentence names. */
  private static boolean isAbout(Event e, ControlRule rule, PlaceMatcher place) {
    boolean leaving = rule.effect() != Effect.GAIN || e.type() == EventType.DEPLOYMENT;
    if (place.test(e.location()) || (leaving && place.test(e.from()))) {
      return true;
    }
    Place where = e.location() != null || !leaving ? e.location() : e.from();
    return place.namedUnder(where, e.evidence().isEmpty() ? null : e.evidence().get(0).text());
  }

  private static int order(List<Candidate> candidates, ControlChange change) {
    return candidates.stream().filter(c -> c.event().id() != null && c.event().id().equals(change.eventId()))
        .mapToInt(Candidate::articleOrder).findFirst().orElse(Integer.MAX_VALUE);
  }

  public List<ControlChange> changes() {
    return changes;
  }

  /** Who holds the place after the last counted change: empty when unknown, several when contested. */
  public List<Actor> holders() {
    return changes.isEmpty() ? List.of() : changes.get(changes.size() - 1).holdersAfter();
  }
}
