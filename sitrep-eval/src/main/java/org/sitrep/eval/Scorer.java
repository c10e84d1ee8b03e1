package org.sitrep.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;

/** Scores system events against a gold set, article by article. */
public final class Scorer {
  private final Aligner aligner = new Aligner();

  public Score score(GoldSet gold, List<Event> system, List<String> systemProblems) {
    Map<String, List<Event>> byArticle = new LinkedHashMap<>();
    List<Event> unscored = new ArrayList<>();
    for (Event e : system) {
      String id = e.article() == null ? null : e.article().id();
      if (id != null && gold.covers(id)) {
        byArticle.computeIfAbsent(id, k -> new ArrayList<>()).add(e);
      } else {
        unscored.add(e);
      }
    }
    List<Alignment> alignments = new ArrayList<>();
    for (String id : gold.byArticle().keySet()) {
      alignments.add(aligner.align(id, gold.events(id), byArticle.getOrDefault(id, List.of())));
    }
    List<String> problems = new ArrayList<>(gold.problems());
    problems.addAll(systemProblems);
    return new Score(total(alignments), byType(alignments), accuracy(alignments), alignments,
        count(gold, false), count(gold, true), unscored, problems);
  }

  private static int count(GoldSet gold, boolean optional) {
    return (int) gold.byArticle().values().stream().flatMap(List::stream).filter(g -> g.optional() == optional).count();
  }

  private static Counts total(List<Alignment> alignments) {
    Counts c = Counts.ZERO;
    for (Alignment a : alignments) {
      c = c.plus(new Counts(a.pairs().size(), a.falseAlarms().size(), a.misses().size()));
    }
    return c;
  }

  private static Map<EventType, Counts> byType(List<Alignment> alignments) {
    Map<EventType, Counts> m = new EnumMap<>(EventType.class);
    for (Alignment a : alignments) {
      a.pairs().forEach(p -> m.merge(p.system().type(), new Counts(1, 0, 0), Counts::plus));
      a.falseAlarms().forEach(f -> m.merge(f.system().type(), new Counts(0, 1, 0), Counts::plus));
      a.misses().forEach(x -> m.merge(x.gold().type(), new Counts(0, 0, 1), Counts::plus));
    }
    return m;
  }

  private static Map<Attribute, Accuracy> accuracy(List<Alignment> alignments) {
    Map<Attribute, Accuracy> m = new EnumMap<>(Attribute.class);
    for (Attribute at : Attribute.values()) {
      Accuracy acc = Accuracy.NONE;
      for (Alignment a : alignments) {
        for (Pair p : a.pairs()) {
          acc = at.judge(p).map(acc::add).orElse(acc);
        }
      }
      m.put(at, acc);
    }
    return m;
  }
}
