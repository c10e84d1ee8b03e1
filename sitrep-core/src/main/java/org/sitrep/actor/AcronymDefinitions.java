package org.sitrep.actor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;

/**
 * Acronyms an article defines in parentheses: "the Rapid Support Forces (RSF)" makes every "RSF"
 * of the article that actor, even when the dictionary lacks the acronym or gives it another
 * actor. A capitalised long form the dictionary does not know, whose initials spell the acronym
 * ("Popular Resistance Committees (PRC)"), becomes an actor of unknown kind without id.
 */
final class AcronymDefinitions {
  private static final Set<String> CONNECTORS = Set.of("of", "the", "and", "for", "in", "al", "el", "de", "du", "des", "la", "le", "s");
  private static final int LONGEST_FORM = 10;

  private AcronymDefinitions() {}

  /** Candidates for every occurrence of each defined acronym, and for unknown long forms. */
  static List<Candidate> find(ActorDictionary dictionary, FindContext ctx, List<Candidate> kept) {
    Map<String, Actor> defined = new LinkedHashMap<>();
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : kept) {
      // "the Israeli Defense Force (IDF)": a generic phrase spelling a known actor defines nothing new
      boolean variant = c.actor().id() == null && spellsKnownActor(dictionary, ctx, c.from(), c.to());
      if (isAcronymInParentheses(ctx, c.to()) && !variant) {
        defined.putIfAbsent(ctx.words().get(c.to()).exact(), c.actor());
      }
    }
    for (int t = 1; t < ctx.words().size(); t++) {
      String acronym = ctx.words().get(t).exact();
      if (!defined.containsKey(acronym) && isAcronymInParentheses(ctx, t)) {
        int from = longFormStart(ctx, t);
        if (from >= 0 && namesAnActor(dictionary, ctx, from, t) && !spellsKnownActor(dictionary, ctx, from, t)) {
          Actor unknown = new Actor(ctx.textOf(from, t), null, null, ActorKind.UNKNOWN, null);
          defined.put(acronym, unknown);
          out.add(new Candidate(from, t, unknown, Candidate.DEFINED_IN_ARTICLE));
        }
      }
    }
    for (int i = 0; i < ctx.words().size(); i++) {
      Actor actor = defined.get(ctx.words().get(i).exact());
      if (actor != null) {
        Candidate c = new Candidate(i, i + 1, actor, Candidate.DEFINED_IN_ARTICLE);
        out.add(c);
        DictionaryMatcher.withMemberNoun(dictionary, ctx, c).ifPresent(out::add);
      }
    }
    return out;
  }

  /**
   * The acronym belongs to one dictionary actor and the long form shares most of its words with
   * that actor's names: a spelling variant ("Israeli Defense Force (IDF)"), not a new actor.
   */
  private static boolean spellsKnownActor(ActorDictionary dictionary, FindContext ctx, int from, int t) {
    PhraseTrie.Hit<NameRef> hit = dictionary.acronyms.longestAt(ctx.words(), t, WordToken::exact);
    if (hit == null || hit.to() != t + 1 || hit.values().size() != 1) {
      return false;
    }
    ActorEntry known = hit.values().get(0).entry();
    Set<String> knownWords = new HashSet<>(PhraseTrie.foldedWords(known.name()));
    known.aliases().forEach(a -> knownWords.addAll(PhraseTrie.foldedWords(ActorEntry.bare(a))));
    long shared = ctx.words().subList(from, t).stream().filter(w -> knownWords.contains(w.folded())).count();
    return shared * 2 >= t - from;
  }

  private static boolean namesAnActor(ActorDictionary dictionary, FindContext ctx, int from, int to) {
    for (int i = from; i < to; i++) {
      if (dictionary.isDefinedActorWord(ctx.words().get(i).folded())) {
        return true;
      }
    }
    return false;
  }

  /** Word t is written "(XYZ)": an opening parenthesis before it, a closing one after it. */
  private static boolean isAcronymInParentheses(FindContext ctx, int t) {
    if (t <= 0 || t >= ctx.words().size()) {
      return false;
    }
    WordToken w = ctx.words().get(t);
    String gap = w.gap().strip();
    return gap.equals("(") && looksLikeAcronym(w.raw()) && ctx.text().startsWith(")", skipSpaces(ctx.text(), w.end()));
  }

  private static int skipSpaces(String text, int i) {
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  /** At least two capitals, starting with one: "HTS", "FAMa", "M23" does not qualify. */
  private static boolean looksLikeAcronym(String word) {
    long capitals = word.chars().filter(Character::isUpperCase).count();
    return capitals >= 2 && Character.isUpperCase(word.charAt(0)) && word.length() <= 12;
  }

  /** Start of capitalised words before word t whose initials spell word t, or -1. */
  private static int longFormStart(FindContext ctx, int t) {
    String letters = ctx.words().get(t).raw().replaceAll("[^A-Z]", "");
    for (int from = Math.max(0, t - LONGEST_FORM); from < t; from++) {
      if (initials(ctx.words(), from, t).equals(letters) && ctx.words().get(from).capitalised()) {
        return from;
      }
    }
    return -1;
  }

  /** Initials of the capitalised words [from, to); "?" when a word breaks the phrase. */
  private static String initials(List<WordToken> words, int from, int to) {
    StringBuilder out = new StringBuilder();
    for (int i = from; i < to; i++) {
      WordToken w = words.get(i);
      if (i > from && !w.joinsPrevious()) {
        return "?";
      }
      if (w.capitalised()) {
        out.append(Character.toUpperCase(w.raw().charAt(0)));
      } else if (!CONNECTORS.contains(w.folded())) {
        return "?";
      }
    }
    return out.toString();
  }
}
