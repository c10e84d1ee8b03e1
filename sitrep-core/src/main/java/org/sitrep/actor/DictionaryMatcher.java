package org.sitrep.actor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds dictionary names (folded), acronyms (exact case) and persons in an article. A name the
 * data marks as shared ('~') or that several actors carry is kept only when the article tells
 * which actor it is: that actor is named unambiguously elsewhere, or it is the only candidate of
 * the article's focus country.
 */
final class DictionaryMatcher {
  private final ActorDictionary dictionary;
  private final PersonResolver persons;

  DictionaryMatcher(ActorDictionary dictionary, PersonResolver persons) {
    this.dictionary = dictionary;
    this.persons = persons;
  }

  private record Hit(int from, int to, List<NameRef> refs) {}

  List<Candidate> find(FindContext ctx) {
    List<Hit> hits = hits(ctx);
    Set<String> named = unambiguouslyNamed(hits);
    List<Candidate> out = new ArrayList<>();
    for (Hit h : hits) {
      ActorEntry e = resolve(h.refs(), named, ctx.focus());
      if (e != null) {
        Candidate c = new Candidate(h.from(), h.to(), e.toActor(null, ctx.published()), Candidate.DICTIONARY);
        out.add(c);
        withMemberNoun(dictionary, ctx, c).ifPresent(out::add);
      }
    }
    for (int i = 0; i < ctx.words().size(); i++) {
      for (PersonResolver.Leader l : persons.namesAt(ctx, i)) {
        ActorEntry e = dictionary.entry(l.person().actorId()).orElse(null);
        if (e != null) {
          out.add(new Candidate(i, l.end(), e.toActor(null, ctx.published()), Candidate.PERSON));
        }
      }
    }
    return out;
  }

  /** "IS fighters" names IS: the candidate grown by one member noun, if one follows. */
  static Optional<Candidate> withMemberNoun(ActorDictionary dictionary, FindContext ctx, Candidate c) {
    if (c.to() >= ctx.words().size()) {
      return Optional.empty();
    }
    WordToken next = ctx.words().get(c.to());
    return next.joinsPrevious() && dictionary.isMemberNoun(next.folded())
        ? Optional.of(new Candidate(c.from(), c.to() + 1, c.actor(), c.priority())) : Optional.empty();
  }

  private List<Hit> hits(FindContext ctx) {
    List<Hit> hits = new ArrayList<>();
    List<WordToken> words = ctx.words();
    for (int i = 0; i < words.size(); i++) {
      for (PhraseTrie.Hit<NameRef> h : dictionary.names.matchesAt(words, i, WordToken::folded)) {
        if (ctx.anyCapitalised(h.from(), h.to())) {
          addUnlessFunctionWord(hits, h, ctx);
        }
      }
      for (PhraseTrie.Hit<NameRef> h : dictionary.acronyms.matchesAt(words, i, WordToken::exact)) {
        if (!inShoutedText(ctx, h.from(), h.to())) {
          addUnlessFunctionWord(hits, h, ctx);
        }
      }
    }
    return hits;
  }

  /** A one-word hit the annotator tagged as a verb, pronoun... ("it IS", "tell US") is dropped. */
  private static void addUnlessFunctionWord(List<Hit> hits, PhraseTrie.Hit<NameRef> h, FindContext ctx) {
    if (h.to() - h.from() > 1 || !ctx.taggedAsFunctionWord(ctx.words().get(h.from()))) {
      hits.add(new Hit(h.from(), h.to(), h.values()));
    }
  }

  /**
   * An acronym among capitalised words ("WHAT IS GOING ON") is emphasis, not a name; a capitalised label set off by
   * punctuation ("BREAKING: M23/AFC fighters") is no such company.
   */
  private boolean inShoutedText(FindContext ctx, int from, int to) {
    List<WordToken> words = ctx.words();
    boolean before = from > 0 && spaceOnly(words.get(from)) && shoutedWord(words.get(from - 1));
    boolean after = to < words.size() && spaceOnly(words.get(to)) && shoutedWord(words.get(to));
    return before || after;
  }

  /** Only spaces between the word and the one before it: the same line, no punctuation. */
  private static boolean spaceOnly(WordToken w) {
    return w.gap().chars().allMatch(c -> c == ' ' || c == '\u00a0');
  }

  private boolean shoutedWord(WordToken w) {
    return w.shouting() && dictionary.acronyms.longestAt(List.of(w), 0, WordToken::exact) == null;
  }

  private static Set<String> unambiguouslyNamed(List<Hit> hits) {
    Set<String> ids = new HashSet<>();
    for (Hit h : hits) {
      if (h.refs().size() == 1 && !h.refs().get(0).shared()) {
        ids.add(h.refs().get(0).entry().id());
      }
    }
    return ids;
  }

  private static ActorEntry resolve(List<NameRef> refs, Set<String> named, String focus) {
    if (refs.size() == 1 && !refs.get(0).shared()) {
      return refs.get(0).entry();
    }
    List<ActorEntry> inArticle = refs.stream().map(NameRef::entry).filter(e -> named.contains(e.id())).toList();
    if (inArticle.size() == 1) {
      return inArticle.get(0);
    }
    List<ActorEntry> ofFocus = refs.stream().map(NameRef::entry)
        .filter(e -> focus != null && focus.equals(e.country())).toList();
    return ofFocus.size() == 1 ? ofFocus.get(0) : null;
  }
}
