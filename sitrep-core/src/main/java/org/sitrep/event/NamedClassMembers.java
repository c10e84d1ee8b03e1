package org.sitrep.event;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitrep.actor.ActorDictionary;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Members of the licensing noun classes that no word list can hold: places the place finder found
 * (class "settlement"), civilians and nationals (the classes of people) and armed groups the actor
 * finder found (class "group"). {@link TriggerMatcher} consults them beside noun-classes.tsv.
 */
final class NamedClassMembers {
  private NamedClassMembers() {}

  /**
   * "HTS and the other factions announced that they were dissolving themselves": what a group does
   * to itself is told with pronouns, so an armed group the actor finder named anywhere in the
   * sentence licenses the class "group".
   */
  static boolean tellsOfAnArmedGroup(String cls, SentenceMentions names) {
    return (cls.equals("group") || cls.equals(ARMED_PARTY)) && namesAnArmedGroup(names);
  }

  /**
   * "The government and Ansar Allah had agreed to reopen the road", "signed an agreement": the
   * classes "armed_party", "pact" and "founding_verb" license only in a sentence that names an armed group, as
   * ACLED's agreements are between parties to a conflict ("Ford signed a deal with the union" is none).
   */
  static boolean needsAnArmedGroup(String cls) {
    return cls.equals(ARMED_PARTY) || cls.equals("pact") || cls.equals("founding_verb");
  }

  /**
   * Whether the verb's subject, or a phrase in apposition to it, is named as an armed group or as unidentified armed
   * men ("Armed men ... took"; "Near Fiche, OLA fighters stopped it and took the students", with "Near Fiche" parsed as
   * the subject and the fighters in apposition).
   */
  static boolean hasAnArmedSubject(DependencyGraph graph, int verb, SentenceMentions names) {
    List<Integer> subjects = new java.util.ArrayList<>();
    graph.children(verb).stream().filter(c -> c.relation().equals("nsubj")).forEach(c -> {
      subjects.add(c.dependent());
      graph.children(c.dependent()).stream().filter(a -> a.relation().equals("appos")).forEach(a -> subjects.add(a.dependent()));
    });
    return subjects.stream().map(graph::token).anyMatch(t -> names.actors().stream()
        .anyMatch(m -> m.span().overlaps(new Span(t.start(), t.end())) && (isArmedGroup(m) || m.actor().kind() == ActorKind.UNKNOWN)));
  }

  static boolean namesAnArmedGroup(SentenceMentions names) {
    return names.actors().stream().anyMatch(NamedClassMembers::isArmedGroup);
  }

  static boolean isArmedGroup(org.sitrep.actor.ActorMention m) {
    return ARMED_GROUPS.contains(m.actor().kind());
  }

  /** A pact licenses also where one of the sentences just before named the armed group ("Our check: the deal signed ..."). */
  static boolean namesAnArmedGroupNearby(String cls, SentenceMentions names) {
    return namesAnArmedGroup(names) || cls.equals("pact") && names.armedGroupJustBefore();
  }

  /**
   * "tied up the men they found and shot them": a personal pronoun as the object of the trigger stands for the people
   * of the class "person" (noun class {@code person_pronoun}: him, her, them, as written; "it" is no one).
   */
  static boolean takesAPersonPronoun(String cls, DependencyGraph graph, int head) {
    return cls.equals("person") && graph.children(head).stream().anyMatch(d -> d.relation().equals("obj")
        && NounClasses.standard().contains("person_pronoun", graph.token(d.dependent()).word().toLowerCase(Locale.ROOT)));
  }

  private static final String ARMED_PARTY = "armed_party";

  /** Classes of people, which civilians the actor finder named belong to: "580 Mexicans crossed into Guatemala". */
  private static final Set<String> PEOPLE = Set.of("displaced", "crowd", "captive", "person");

  /** Kinds of the armed groups that license the class "group": "a bloc said it was splitting from the Estado Mayor Central". */
  private static final Set<ActorKind> ARMED_GROUPS = EnumSet.of(
      ActorKind.REBEL, ActorKind.MILITIA, ActorKind.TERRORIST_GROUP);

  /** Nationals in the plural ("Mexicans", "Cameroonians"): people, whether or not the actor finder named them. */
  private static final Set<String> DEMONYMS = ActorDictionary.standard().demonyms().stream()
      .map(d -> d.word().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

  private static boolean isNationals(Token t) {
    String w = t.word().toLowerCase(Locale.ROOT);
    return "NNPS".equals(t.pos()) && w.endsWith("s") && DEMONYMS.contains(w.substring(0, w.length() - 1));
  }

  /** A token that is people of a people class: nationals, or civilians the actor finder named. */
  static boolean isNamedMember(String cls, Token t, SentenceMentions names) {
    if (!PEOPLE.contains(cls)) {
      return false; // armed groups license "group" anywhere in the sentence (tellsOfAnArmedGroup)
    }
    Span span = new Span(t.start(), t.end());
    return isNationals(t) || names.actors().stream()
        .anyMatch(m -> m.span().overlaps(span) && m.actor().kind() == ActorKind.CIVILIANS);
  }

  /**
   * "took over Diapaga", "had taken Al-Nuhud": a place's name as the object is a settlement as much
   * as "the town" is (elsewhere a place says nothing: "a ceasefire took effect in Lebanon").
   */
  static boolean takesANamedSettlement(String cls, DependencyGraph graph, int head, SentenceMentions names) {
    if (!cls.equals(SETTLEMENT)) {
      return false;
    }
    return graph.children(head).stream().filter(d -> d.relation().equals("obj")).map(d -> graph.token(d.dependent()))
        .anyMatch(t -> names.places().stream().anyMatch(m -> m.span().overlaps(new Span(t.start(), t.end()))));
  }

  private static final String SETTLEMENT = "settlement";

  /**
   * "How many have come into Goris today?", "How many refugees have reached Fassala?": an interviewer who asks how many
   * came somewhere asks about people arriving in flight (class {@code count_question}: the subject is "how many ...").
   */
  static boolean asksHowManyCame(DependencyGraph graph, int head) {
    for (var d : graph.children(head)) {
      if (d.relation().startsWith("nsubj")) { // "How many crossed at Elegu?" tagged as a passive
        List<String> words = graph.subtree(d.dependent()).stream().map(t -> graph.token(t).word().toLowerCase(Locale.ROOT)).toList();
        if (words.contains("how") && words.contains("many")) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean isCountQuestion(String cls) {
    return cls.equals(COUNT_QUESTION);
  }

  private static final String COUNT_QUESTION = "count_question";
}
