package org.sitrep.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;

/**
 * Aligns one article's system events with its gold events, one to one. A pair is possible when the
 * types agree (or the gold row allows the system's type) and the system's evidence cites one of the
 * gold sentences ({@link SentenceMatch}). Among the possible pairs it finds a largest one-to-one
 * set by augmenting paths, trying each event's candidates best first (main sentence over a cited
 * one, required gold over optional, then agreeing actor, place and status), so ties go to the
 * pairing a reader would pick.
 */
public final class Aligner {
  public Alignment align(String articleId, List<GoldEvent> gold, List<Event> system) {
    List<List<Integer>> candidates = candidates(gold, system);
    Integer[] goldOwner = new Integer[gold.size()];
    for (int s : order(candidates, gold, system)) {
      augment(s, candidates, goldOwner, new HashSet<>());
    }
    return collect(articleId, gold, system, goldOwner);
  }

  private static List<List<Integer>> candidates(List<GoldEvent> gold, List<Event> system) {
    List<List<Integer>> all = new ArrayList<>();
    for (Event s : system) {
      List<Integer> mine = new ArrayList<>();
      for (int g = 0; g < gold.size(); g++) {
        if (gold.get(g).allowsType(s.type()) && SentenceMatch.strength(s, gold.get(g)) > 0) {
          mine.add(g);
        }
      }
      mine.sort(Comparator.comparingInt((Integer g) -> preference(s, gold.get(g))).reversed());
      all.add(mine);
    }
    return all;
  }

  /** Higher is a more natural pairing; only the order matters. */
  static int preference(Event s, GoldEvent g) {
    int score = SentenceMatch.strength(s, g) * 16 + (g.optional() ? 0 : 8);
    score += ActorRule.matchesAny(g.actors(), s.actor()) ? 4 : 0;
    score += PlaceRule.matchesAny(g.places(), s.location()) ? 2 : 0;
    return score + (g.allowsStatus(s.status()) ? 1 : 0);
  }

  private static List<Integer> order(List<List<Integer>> candidates, List<GoldEvent> gold, List<Event> system) {
    List<Integer> order = new ArrayList<>();
    for (int s = 0; s < system.size(); s++) {
      order.add(s);
    }
    order.sort(Comparator.comparingInt((Integer s) -> best(candidates.get(s), gold, system.get(s))).reversed());
    return order;
  }

  private static int best(List<Integer> mine, List<GoldEvent> gold, Event s) {
    return mine.isEmpty() ? -1 : preference(s, gold.get(mine.get(0)));
  }

  /** Kuhn's augmenting path: give s a gold event, moving earlier owners to their next choice. */
  private static boolean augment(int s, List<List<Integer>> candidates, Integer[] goldOwner, Set<Integer> seen) {
    for (int g : candidates.get(s)) {
      if (seen.add(g) && (goldOwner[g] == null || augment(goldOwner[g], candidates, goldOwner, seen))) {
        goldOwner[g] = s;
        return true;
      }
    }
    return false;
  }

  private static Alignment collect(String articleId, List<GoldEvent> gold, List<Event> system, Integer[] goldOwner) {
    List<Pair> pairs = new ArrayList<>();
    List<Miss> misses = new ArrayList<>();
    List<GoldEvent> optionalUnmatched = new ArrayList<>();
    Set<Integer> matchedSystem = new HashSet<>();
    for (int g = 0; g < gold.size(); g++) {
      GoldEvent ge = gold.get(g);
      if (goldOwner[g] != null) {
        pairs.add(new Pair(ge, system.get(goldOwner[g])));
        matchedSystem.add(goldOwner[g]);
      } else if (ge.optional()) {
        optionalUnmatched.add(ge);
      } else {
        misses.add(new Miss(ge, system.stream().filter(s -> SentenceMatch.strength(s, ge) > 0).toList()));
      }
    }
    List<FalseAlarm> falseAlarms = new ArrayList<>();
    for (int s = 0; s < system.size(); s++) {
      if (!matchedSystem.contains(s)) {
        Event e = system.get(s);
        falseAlarms.add(new FalseAlarm(e, isHeadline(e), gold.stream().filter(g -> SentenceMatch.strength(e, g) > 0).toList()));
      }
    }
    return new Alignment(articleId, pairs, misses, optionalUnmatched, falseAlarms);
  }

  /** Every evidence is the article's title (the JSON carries the title, not the text). */
  static boolean isHeadline(Event e) {
    String title = e.article() == null ? null : e.article().title();
    if (title == null || title.isBlank() || e.evidence().isEmpty()) {
      return false;
    }
    String folded = Fold.fold(title);
    return e.evidence().stream().map(Evidence::text).map(Fold::fold).allMatch(folded::equals);
  }
}
