package org.sitrep.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.knowledge.TsvResource;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Quantity;
import org.sitrep.model.Sentence;

/**
 * Counts stated apart from any event word: a tally line ("Fatalities: 17.", as conflict-data notes
 * end) and a reported absence of harm ("No casualties were reported", "No one was hurt"). Each gives
 * its figure to the event it follows: the first event of the nearest sentence (itself or one of the
 * two before it) that has one without that count (never a statement or threat; displaced figures
 * only to a displacement). A count the event already has is kept. Labels and phrases:
 * {@code tally-statements.tsv}.
 */
final class TallyStatements {
  /** @param figure whether the pattern's first group is the count (else the statement counts none) */
  private record Tally(Pattern pattern, boolean figure, List<String> fields, boolean total) {}

  private static final List<Tally> TALLIES = load();
  private static final List<Tally> TOTALS = TALLIES.stream().filter(Tally::total).toList();
  private static final List<Tally> OTHERS = TALLIES.stream().filter(t -> !t.total()).toList();
  /** How many sentences back a tally may reach ("... Fatalities: 63." after a size note). */
  private static final int REACH = 2;

  private TallyStatements() {}

  static void apply(List<Draft> drafts, List<Sentence> sentences, String articleId) {
    apply(drafts, sentences, articleId, false);
  }

  /**
   * Running totals ("the number of people displaced ... has risen to 130,000"), given before drafts without substance
   * are dropped: the total is often the only count of the sentence's displacement.
   */
  static void applyTotals(List<Draft> drafts, List<Sentence> sentences, String articleId) {
    apply(drafts, sentences, articleId, true);
  }

  private static void apply(List<Draft> drafts, List<Sentence> sentences, String articleId, boolean totals) {
    List<Tally> tallies = totals ? TOTALS : OTHERS;
    for (Sentence s : sentences) {
      for (Tally t : tallies) {
        Matcher m = t.pattern().matcher(s.text());
        if (!m.find()) {
          continue;
        }
        Quantity q = t.figure() ? figure(m) : new Quantity(0, true, null, null, m.group());
        if (q != null) {
          t.fields().forEach(field -> give(drafts, s, field, q, articleId));
        }
      }
    }
  }

  /** The tally's figure; null for one no count can be ("Fatalities: 99999999999999999999"). */
  private static Quantity figure(Matcher m) {
    try {
      return new Quantity(Long.parseLong(m.group(1).replace(",", "")), true, null, null, m.group());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static void give(List<Draft> drafts, Sentence s, String field, Quantity q, String articleId) {
    Draft host = null;
    for (Draft d : drafts) {
      boolean near = d.sentenceIndex <= s.index() && d.sentenceIndex >= s.index() - REACH;
      boolean fits = near && takes(d, field) && d.count(field) == null;
      if (fits && (host == null || d.sentenceIndex > host.sentenceIndex
          || d.sentenceIndex == host.sentenceIndex && d.triggerStart < host.triggerStart)) {
        host = d;
      }
    }
    if (host != null) {
      host.setCount(field, q);
      Evidence e = new Evidence(articleId, s.start(), s.end(), s.text());
      if (!host.evidence.contains(e)) {
        host.evidence.add(e);
      }
    }
  }

  private static boolean takes(Draft d, String field) {
    if (d.type == EventType.STATEMENT || d.type == EventType.THREAT) {
      return false;
    }
    return field.equals("displaced") == (d.type == EventType.DISPLACEMENT);
  }

  private static List<Tally> load() {
    List<Tally> tallies = new ArrayList<>();
    for (TsvResource.Row row : TsvResource.read(TallyStatements.class, "tally-statements.tsv")) {
      String kind = row.get("kind");
      String words = Pattern.quote(row.get("text").toLowerCase(Locale.ROOT)).replace(" ", "\\E\\s+\\Q");
      String regex = switch (kind) {
        case "label" -> "(?i)\\b" + words + "\\s*:\\s*(\\d[\\d,]*)\\b";
        // the whole sentence, or its first clause, is the tally: "5 fatalities.", "2 fatalities
        // reported.", "27 fatalities; several others were injured."
        case "line" -> "(?i)^\\s*(\\d[\\d,]*)\\s+" + words + "(?:\\s+(?:were\\s+)?reported)?\\s*(?:[.!]?\\s*$|;)";
        case "zero" -> "(?i)\\b" + words + "\\b";
        // "the number of people displaced by the fighting has now risen to 130,000", "the death toll stands at 45"
        case "total" -> "(?i)\\b" + words + "\\b[^.;?!]{0,90}?\\b(?:has|have|had)?\\s*(?:now\\s+)?"
            + "(?:risen|rose|grown|grew|climbed|increased|reached|jumped|stands|stood)\\s+(?:to\\s+|at\\s+)?"
            + "(?:about\\s+|some\\s+|around\\s+|at least\\s+)?(\\d[\\d,]*)\\b";
        default -> throw new IllegalStateException("tally-statements.tsv: unknown kind " + kind);
      };
      tallies.add(new Tally(Pattern.compile(regex), !kind.equals("zero"), List.of(row.get("fields").split(",")), kind.equals("total")));
    }
    return tallies;
  }
}
