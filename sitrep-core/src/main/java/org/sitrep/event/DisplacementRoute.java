package org.sitrep.event;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.sitrep.geo.PlaceMention;
import org.sitrep.model.Dependency;
import org.sitrep.model.Span;

/**
 * Where displaced people came from and went, beyond the places the trigger's own roles hold. A
 * phrase that names the origin may carry the destination ("fled villages in Kurram district for
 * Kohat and Peshawar", parsed with "for Kohat" under "villages"): a place under a "for", "to",
 * "into" or "towards" phrase is where people went, never where they left. With no origin in the
 * roles, the subject's place is it: the people's ("residents of Lashio fled", "Malians fleeing
 * violence in the Timbuktu region arrived ...") or the cause's ("gang attacks in Arcahaie forced
 * 4,500 people from their homes").
 */
final class DisplacementRoute {
  private static final Pattern TOWARD = Pattern.compile("(nmod|obl):(for|to|into|toward|towards)");
  private static final Pattern CLAUSE = Pattern.compile("advcl.*|acl.*|dep|conj.*|parataxis");
  /** Prepositions of where people went or now are; OnwardPlaces reads them as words where the parse fails. */
  static final java.util.Set<String> ARRIVAL_PREPOSITIONS = java.util.Set.of("for", "to", "into", "toward", "towards", "in", "at");
  private static final Pattern ARRIVAL = Pattern.compile("(nmod|obl):(" + String.join("|", ARRIVAL_PREPOSITIONS) + ")");
  private final DependencyGraph graph;
  private final ArgumentBinder binder;

  DisplacementRoute(DependencyGraph graph, ArgumentBinder binder) {
    this.graph = graph;
    this.binder = binder;
  }

  /** The first place under the tokens that is not under a phrase of direction; the role word's own name first. */
  PlaceMention origin(List<Integer> tokens) {
    for (int t : tokens) {
      List<Span> toward = towardSpans(t);
      List<PlaceMention> places = binder.placesUnder(t).stream().filter(p -> !inAny(p.span(), toward)).toList();
      if (!places.isEmpty()) {
        Span head = binder.tokenSpan(t);
        return places.stream().filter(p -> p.span().overlaps(head)).findFirst().orElse(places.get(0));
      }
    }
    return null;
  }

  /**
   * "In Zindajan district alone, more than 2,000 families left their villages for Herat", "In the wake of the attack on
   * Yelwata, 3,000 people fled to Makurdi": a phrase that opens the sentence and sets where the leaving happened names
   * where people left, when nothing else does and it is not where they went ("In Kaya, 3,000 people sought refuge").
   */
  PlaceMention frontedSetting(int head) {
    for (Dependency d : graph.children(head)) {
      if (d.relation().equals("obl:in") && graph.subtree(d.dependent()).stream().mapToInt(Integer::intValue).min().orElse(-1) == 0) {
        List<PlaceMention> places = binder.placesUnder(d.dependent());
        if (!places.isEmpty()) {
          return places.get(0);
        }
      }
    }
    return null;
  }

  /** The places under the tokens that a phrase of direction names. */
  List<PlaceMention> destinationsUnder(List<Integer> tokens) {
    List<PlaceMention> found = new ArrayList<>();
    for (int t : tokens) {
      List<Span> toward = towardSpans(t);
      binder.placesUnder(t).stream().filter(p -> inAny(p.span(), toward)).forEach(found::add);
    }
    return found;
  }

  /**
   * "were forced from their homes in southern Lebanon, many heading to Beirut", "uprooted 6,128
   * people, most of whom walked to Hinche": where a clause under the trigger says people went on to,
   * told with a verb of going (noun class {@code onward}).
   */
  List<PlaceMention> onwardDestinations(int head) {
    List<PlaceMention> found = new ArrayList<>();
    for (int clause : graph.subtree(head)) {
      boolean onward = clause != head && CLAUSE.matcher(graph.headRelation(clause)).matches()
          && NounClasses.standard().contains("onward", TriggerMatcher.lemma(graph.token(clause)));
      if (onward) {
        graph.children(clause).stream().filter(d -> ARRIVAL.matcher(d.relation()).matches())
            .forEach(d -> found.addAll(binder.placesUnder(d.dependent())));
      }
    }
    return found;
  }

  /** The trigger's subjects, active or passive. */
  List<Integer> subjects(int head) {
    return graph.children(head).stream().filter(d -> d.relation().startsWith("nsubj")).map(Dependency::dependent).toList();
  }

  /** The trigger's objects: "crossed the border into Chad" is parsed with "into Chad" under "border". */
  List<Integer> objects(int head) {
    return graph.children(head).stream().filter(d -> d.relation().equals("obj")).map(Dependency::dependent).toList();
  }

  private List<Span> towardSpans(int token) {
    List<Span> spans = new ArrayList<>();
    for (int i : graph.subtree(token)) {
      if (i != token && TOWARD.matcher(graph.headRelation(i)).matches()) {
        spans.add(binder.subtreeSpan(i));
      }
    }
    return spans;
  }

  private static boolean inAny(Span span, List<Span> spans) {
    return spans.stream().anyMatch(s -> s.contains(span));
  }
}
