package org.sitrep.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitrep.geo.PlaceMention;
import org.sitrep.model.Dependency;
import org.sitrep.model.EventType;
import org.sitrep.model.Token;

/**
 * Where displaced people went, told beside the displacement rather than in its grammar. The parser often makes nouns
 * of a trailing participle ("..., many seeking shelter in Cúcuta and Ocaña", "..., many travelling by boat to Pemba"),
 * so a trailing phrase is read from its words: a comma, a share of the people (noun class {@code share_of_people}), a
 * verb of going (noun class {@code onward}), then places after a preposition of arrival. And the next sentence may
 * say where they are: "They are staying with host families in Koro and Bankass" (a verb of noun class
 * {@code staying} with the people as a pronoun subject).
 */
final class OnwardPlaces {
  /** "seeking", "travelling", "moving": the participles of the verbs of going, which the parser may tag as nouns. */
  private static final Set<String> GOING_PARTICIPLES = NounClasses.standard().members("onward").stream()
      .flatMap(lemma -> Inflections.of(lemma).stream()).filter(form -> form.endsWith("ing")).collect(Collectors.toUnmodifiableSet());
  /** How far after the share of people its verb of going may come ("most of them moving to ..."). */
  private static final int VERB_REACH = 4;

  private OnwardPlaces() {}

  /** Places of a trailing phrase after the trigger: ", many seeking shelter in Cúcuta and Ocaña". */
  static List<PlaceMention> trailing(DependencyGraph graph, ArgumentBinder binder, int trigger) {
    for (int i = trigger + 2; i < graph.size(); i++) {
      if (graph.token(i - 1).word().equals(",") && is("share_of_people", graph.token(i))) {
        for (int v = i + 1; v < Math.min(graph.size(), i + 1 + VERB_REACH); v++) {
          if (isGoing(graph.token(v))) {
            return placesAfterArrival(graph, binder, v);
          }
        }
      }
    }
    return List.of();
  }

  /** "They are staying with host families in Koro and Bankass": where the previous sentence's displaced now are. */
  static void giveStayingPlaces(List<Draft> built, DependencyGraph graph, ArgumentBinder binder, List<Draft> earlier, int sentence) {
    if (built.stream().anyMatch(d -> d.type == EventType.DISPLACEMENT)) {
      return;
    }
    Draft displacement = null;
    for (Draft e : earlier) {
      if (e.type == EventType.DISPLACEMENT && e.sentenceIndex == sentence - 1) {
        displacement = e;
      }
    }
    if (displacement == null) {
      return;
    }
    for (PlaceMention p : stayingIn(graph, binder)) {
      if (displacement.to.stream().noneMatch(q -> q.place().name().equals(p.place().name()))) {
        displacement.to.add(p);
      }
    }
  }

  /**
   * Places where the people of the previous sentence went or stay: "They are staying with host families in Koro",
   * "Most walked to Dori, while others reached Kaya", "Our correspondent reports that most are staying in Saint-Marc".
   * Any verb of staying or going counts, main or reported, when the displaced are its subject.
   */
  private static List<PlaceMention> stayingIn(DependencyGraph graph, ArgumentBinder binder) {
    List<PlaceMention> found = new ArrayList<>();
    for (int i = 0; i < graph.size(); i++) {
      Token t = graph.token(i);
      if (t.pos().startsWith("VB") && (is("staying", t) || is("onward", t)) && hasPeopleSubject(graph, i)) {
        org.sitrep.model.Span clause = binder.subtreeSpan(i);
        placesAfterArrival(graph, binder, i).stream().filter(p -> clause.contains(p.span()) && !found.contains(p)).forEach(found::add);
      }
    }
    return found;
  }

  /** "they", a share of the people ("most", "others") or displaced people themselves ("families", "residents"). */
  private static boolean hasPeopleSubject(DependencyGraph graph, int verb) {
    for (Dependency d : graph.children(verb)) {
      Token subject = graph.token(d.dependent());
      String w = subject.word().toLowerCase(Locale.ROOT);
      if (d.relation().startsWith("nsubj") && (w.equals("they") || is("share_of_people", subject) || is("displaced", subject))) {
        return true;
      }
    }
    return false;
  }

  /** Places after the token up to the clause's end (a semicolon or the sentence's), each right after a preposition of arrival. */
  private static List<PlaceMention> placesAfterArrival(DependencyGraph graph, ArgumentBinder binder, int from) {
    List<PlaceMention> found = new ArrayList<>();
    int end = graph.size();
    for (int i = from + 1; i < graph.size(); i++) {
      if (graph.token(i).word().equals(";")) {
        end = i;
        break;
      }
    }
    int start = graph.token(from).end();
    int stop = graph.token(end - 1).end();
    for (PlaceMention p : binder.sentencePlaces()) {
      if (p.span().start() > start && p.span().end() <= stop && followsArrivalOrList(graph, p)) {
        found.add(p);
      }
    }
    return found;
  }

  /** Whether the word before the place is a preposition of arrival, or "and" or a comma in a list of such places. */
  private static boolean followsArrivalOrList(DependencyGraph graph, PlaceMention p) {
    for (int i = 0; i < graph.size(); i++) {
      if (graph.token(i).start() == p.span().start()) {
        String before = i == 0 ? "" : graph.token(i - 1).word().toLowerCase(Locale.ROOT);
        return DisplacementRoute.ARRIVAL_PREPOSITIONS.contains(before) || before.equals("and") || before.equals(",")
            || (i > 0 && is("arrival_object", graph.token(i - 1)));
      }
    }
    return false;
  }

  private static boolean isGoing(Token t) {
    return is("onward", t) || GOING_PARTICIPLES.contains(t.word().toLowerCase(Locale.ROOT));
  }

  private static boolean is(String nounClass, Token t) {
    return NounClasses.standard().contains(nounClass, TriggerMatcher.lemma(t))
        || NounClasses.standard().contains(nounClass, t.word().toLowerCase(Locale.ROOT));
  }
}
