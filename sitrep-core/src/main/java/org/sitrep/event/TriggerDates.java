package org.sitrep.event;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitrep.knowledge.TsvResource;
import org.sitrep.model.Sentence;
import org.sitrep.time.DateMention;

/** Which date of its sentence an event takes: the nearest mention, and whether it only opens a span. */
final class TriggerDates {
  private TriggerDates() {}

  /** The date mention nearest the trigger's offset, or null. */
  static DateMention nearest(List<DateMention> dates, int offset) {
    DateMention best = null;
    for (DateMention m : dates) {
      if (best == null || Math.abs(m.span().start() - offset) < Math.abs(best.span().start() - offset)) {
        best = m;
      }
    }
    return best;
  }

  /**
   * The date the trigger's own grammar gives ("marched in Mexico City on Thursday"), else the
   * nearest: "relatives of the students who disappeared in 2014 marched ... on Thursday" is a march
   * of Thursday, though 2014 stands closer.
   */
  static DateMention of(List<DateMention> dates, DependencyGraph graph, int triggerHead, int offset) {
    for (DateMention m : dates) {
      if (hangsOn(m, graph, triggerHead)) {
        return m;
      }
    }
    // "On Monday a driver ran over a mine left by retreating troops two years ago": the verb a noun trigger hangs on
    // dates it, not the clause that describes the noun
    int governor = graph.head(triggerHead);
    if (governor >= 0 && !graph.headRelation(triggerHead).startsWith("acl")) {
      for (DateMention m : dates) {
        if (hangsOn(m, graph, governor)) {
          return m;
        }
      }
    }
    return nearest(dates, offset);
  }

  /** Whether a word of the mention has its governor outside the mention, at the trigger. */
  private static boolean hangsOn(DateMention m, DependencyGraph graph, int triggerHead) {
    for (int t = 0; t < graph.size(); t++) {
      var token = graph.token(t);
      boolean inside = token.start() >= m.span().start() && token.end() <= m.span().end();
      if (inside && graph.head(t) == triggerHead) {
        return true;
      }
    }
    return false;
  }

  /** How many words before a year or date a span opener may stand: "since the war began in April 2023". */
  private static final int SPAN_REACH = 6;
  /** Words that open a span up to now (history-exceptions.tsv, kind "span"). */
  private static final Set<String> SPAN_OPENERS = TsvResource.read(TriggerDates.class, "history-exceptions.tsv").stream()
      .filter(r -> r.get("kind").equals("span")).map(r -> r.get("word")).collect(Collectors.toUnmodifiableSet());

  /**
   * Whether the date mention opens a span up to now ("have fled Sudan since the war began in April
   * 2023": April 2023 is when the fleeing began, and the report is news now).
   */
  static boolean startsASpan(DateMention m, Sentence s, List<Set<String>> words) {
    for (int i = 0; i < s.tokens().size(); i++) {
      if (s.tokens().get(i).start() >= m.span().start()) {
        // the mention may hold its opener itself ("since 2017")
        return opensASpan(words, i) || i < words.size() && words.get(i).stream().anyMatch(SPAN_OPENERS::contains);
      }
    }
    return false;
  }

  /** Whether a span opener ("since") stands within a few words before word {@code index}, in its clause. */
  static boolean opensASpan(List<Set<String>> words, int index) {
    for (int k = index - 1; k >= 0 && k >= index - SPAN_REACH; k--) {
      Set<String> w = words.get(k);
      if (w.contains(",") || w.contains(";") || w.contains(".")) {
        return false;
      }
      if (w.stream().anyMatch(SPAN_OPENERS::contains)) {
        return true;
      }
    }
    return false;
  }
}
