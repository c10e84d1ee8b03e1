package org.sitrep.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Actor;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Finds the actors an article names: dictionary names and aliases (folded for case, diacritics,
 * hyphens and apostrophes), acronyms (exact case), leaders (mapped to the actor they stood for on
 * the publication date), generic phrases ("Russian troops", "Assad's forces", "gunmen") and
 * acronyms the article defines in parentheses. The longest match wins; mentions never overlap
 * and come sorted by offset. Stateless apart from the immutable dictionary: thread-safe.
 */
public final class ActorFinder {
  private final DictionaryMatcher dictionaryMatcher;
  private final GenericMatcher genericMatcher;
  private final BackingLinker linker;
  private final ActorDictionary dictionary;

  public ActorFinder(ActorDictionary dictionary) {
    this.dictionary = dictionary;
    PersonResolver persons = new PersonResolver(dictionary);
    this.dictionaryMatcher = new DictionaryMatcher(dictionary, persons);
    this.genericMatcher = new GenericMatcher(dictionary, persons);
    this.linker = new BackingLinker(dictionary);
  }

  public static ActorFinder standard() {
    return new ActorFinder(ActorDictionary.standard());
  }

  /** The actor mentions of the article's cleaned text; {@code focusCountryIso3} may be null. */
  public List<ActorMention> find(AnnotatedArticle article, String focusCountryIso3) {
    return analyse(article, focusCountryIso3).mentions();
  }

  /** The mentions and the links the words state between them ("U.S.-backed ..."). */
  public ActorFindings analyse(AnnotatedArticle article, String focusCountryIso3) {
    if (article == null || article.article() == null || article.article().text() == null) {
      return new ActorFindings(List.of(), List.of());
    }
    String text = article.article().text();
    FindContext ctx = new FindContext(text, WordTokenizer.tokenize(text), article.article().published(),
        focusCountryIso3, tokensByStart(article.sentences()));
    List<Candidate> candidates = new ArrayList<>(dictionaryMatcher.find(ctx));
    candidates.addAll(genericMatcher.find(ctx));
    List<Candidate> kept = select(candidates);
    List<Candidate> named = unknownToTheDictionary(NamedArmedGroups.find(dictionary, ctx), kept);
    if (!named.isEmpty()) {
      candidates.addAll(named);
      kept = select(candidates);
    }
    List<Candidate> defined = AcronymDefinitions.find(dictionary, ctx, kept);
    if (!defined.isEmpty()) {
      candidates.addAll(defined);
      kept = select(candidates);
    }
    return linker.link(ctx, kept);
  }

  /** Names that hold no word of a dictionary actor ("Fano Militia" is Fano's, not a group of its own). */
  private static List<Candidate> unknownToTheDictionary(List<Candidate> named, List<Candidate> kept) {
    return named.stream().filter(n -> kept.stream().noneMatch(k -> k.actor().id() != null && k.from() < n.to() && n.from() < k.to()))
        .toList();
  }

  /** Longest first, then lower priority, then earlier; a candidate overlapping a kept one is dropped. */
  static List<Candidate> select(List<Candidate> candidates) {
    List<Candidate> sorted = new ArrayList<>(candidates);
    sorted.sort(Comparator.comparingInt((Candidate c) -> c.from() - c.to())
        .thenComparingInt(Candidate::priority).thenComparingInt(Candidate::from));
    Map<Integer, Candidate> byWord = new HashMap<>();
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : sorted) {
      if (isFree(byWord, c)) {
        for (int i = c.from(); i < c.to(); i++) {
          byWord.put(i, c);
        }
        kept.add(c);
      }
    }
    kept.sort(Comparator.comparingInt(Candidate::from));
    return kept;
  }

  private static boolean isFree(Map<Integer, Candidate> byWord, Candidate c) {
    for (int i = c.from(); i < c.to(); i++) {
      if (byWord.containsKey(i)) {
        return false;
      }
    }
    return true;
  }

  /** The mention a kept candidate becomes: its span and its actor with the words as written. */
  static ActorMention mention(FindContext ctx, Candidate c) {
    Span span = new Span(ctx.words().get(c.from()).start(), ctx.words().get(c.to() - 1).end());
    Actor a = c.actor();
    return new ActorMention(span, new Actor(a.name(), a.id(), ctx.textOf(c.from(), c.to()), a.kind(), a.country()));
  }

  private static Map<Integer, Token> tokensByStart(List<Sentence> sentences) {
    Map<Integer, Token> out = new HashMap<>();
    for (Sentence s : sentences == null ? List.<Sentence>of() : sentences) {
      for (Token t : s.tokens()) {
        out.putIfAbsent(t.start(), t);
      }
    }
    return out;
  }
}
