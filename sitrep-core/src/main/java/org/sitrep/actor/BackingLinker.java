package org.sitrep.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.model.RelationType;

/**
 * Turns kept candidates into mentions and finds "X-backed Y" links: when an actor mention, or a
 * state demonym ("Russian-backed"), is followed by a backing word of backing-words.tsv and then
 * by another mention, the second is linked to the first. A demonym backer becomes a mention of
 * that country's foreign-state actor.
 */
final class BackingLinker {
  private static final int LONGEST_DEMONYM = 3;
  private final ActorDictionary dictionary;

  BackingLinker(ActorDictionary dictionary) {
    this.dictionary = dictionary;
  }

  private record Pair(Candidate backed, Candidate backer, RelationType relation) {}

  ActorFindings link(FindContext ctx, List<Candidate> kept) {
    List<Candidate> all = new ArrayList<>(kept);
    Map<Integer, Candidate> endingAt = new HashMap<>();
    Map<Integer, Candidate> startingAt = new HashMap<>();
    boolean[] covered = new boolean[ctx.words().size()];
    for (Candidate c : kept) {
      endingAt.put(c.to(), c);
      startingAt.put(c.from(), c);
      for (int i = c.from(); i < c.to(); i++) {
        covered[i] = true;
      }
    }
    List<Pair> pairs = new ArrayList<>();
    for (int t = 1; t + 1 < ctx.words().size(); t++) {
      RelationType relation = relationAt(ctx, t);
      Candidate backed = relation == null ? null : startingAt.get(t + 1);
      if (backed == null || covered[t]) {
        continue;
      }
      Candidate backer = endingAt.containsKey(t) ? endingAt.get(t) : demonymBacker(ctx, t, covered);
      if (backer != null) {
        if (!kept.contains(backer)) {
          all.add(backer);
        }
        pairs.add(new Pair(backed, backer, relation));
      }
    }
    return findings(ctx, all, pairs);
  }

  /** The relation expressed by word t when it is a backing word joined to its neighbours. */
  private RelationType relationAt(FindContext ctx, int t) {
    WordToken w = ctx.words().get(t);
    boolean joined = w.joinsPrevious() && ctx.words().get(t + 1).joinsPrevious();
    return joined ? dictionary.backingRelation(w.folded()) : null;
  }

  /** A state demonym ending just before word t ("Russian-backed"), as a foreign-state candidate. */
  private Candidate demonymBacker(FindContext ctx, int t, boolean[] covered) {
    for (int from = Math.max(0, t - LONGEST_DEMONYM); from < t; from++) {
      PhraseTrie.Hit<Demonym> hit = dictionary.demonymWords.longestAt(ctx.words(), from, WordToken::folded);
      if (hit == null || hit.to() != t || covered[from] || !ctx.words().get(from).capitalised()) {
        continue;
      }
      for (Demonym d : hit.values()) {
        if (d.isState()) {
          Actor state = dictionary.foreignState(d.country()).map(e -> e.toActor(null, ctx.published()))
              .orElse(new Actor(d.countryName(), null, null, ActorKind.FOREIGN_STATE, d.country()));
          return new Candidate(from, t, state, Candidate.DICTIONARY);
        }
      }
    }
    return null;
  }

  private static ActorFindings findings(FindContext ctx, List<Candidate> all, List<Pair> pairs) {
    all.sort((a, b) -> Integer.compare(a.from(), b.from()));
    Map<Candidate, ActorMention> mentions = new LinkedHashMap<>();
    for (Candidate c : all) {
      mentions.put(c, ActorFinder.mention(ctx, c));
    }
    List<MentionLink> links = new ArrayList<>();
    for (Pair p : pairs) {
      links.add(new MentionLink(mentions.get(p.backed()), p.relation(), mentions.get(p.backer())));
    }
    return new ActorFindings(new ArrayList<>(mentions.values()), links);
  }
}
