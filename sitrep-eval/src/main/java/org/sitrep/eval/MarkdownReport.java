package org.sitrep.eval;

import java.util.Locale;
import java.util.Map;
import org.sitrep.model.EventType;

/** Renders a {@link Score} as markdown: totals, per-type table, field accuracy, then the error lists. */
public final class MarkdownReport {
  public String render(Score s) {
    StringBuilder out = new StringBuilder();
    summary(out, s);
    perType(out, s.byType());
    fields(out, s.accuracy());
    new ErrorListing().render(out, s);
    return out.toString();
  }

  private static void summary(StringBuilder out, Score s) {
    Counts t = s.total();
    long headlines = s.alignments().stream().flatMap(a -> a.falseAlarms().stream()).filter(FalseAlarm::headline).count();
    out.append("## Events\n\n");
    out.append(String.format(Locale.ROOT, "Articles scored: %d. Gold events: %d required + %d optional. "
        + "System events: %d (%d in articles without gold: not scored).%n%n",
        s.alignments().size(), s.goldRequired(), s.goldOptional(), t.hits() + t.falseAlarms(),
        s.unscored().size()));
    out.append("| | hits | false alarms | misses | precision | recall | F1 |\n|---|---|---|---|---|---|---|\n");
    row(out, "all events", t);
    Counts noHeadlines = new Counts(t.hits(), t.falseAlarms() - (int) headlines, t.misses());
    row(out, "headline events left out", noHeadlines);
    out.append('\n');
  }

  private static void perType(StringBuilder out, Map<EventType, Counts> byType) {
    out.append("## Per type\n\n");
    out.append("Hits and false alarms under the system's type, misses under the gold type.\n\n");
    out.append("| type | hits | false alarms | misses | precision | recall | F1 |\n|---|---|---|---|---|---|---|\n");
    for (EventType t : EventType.values()) {
      if (byType.containsKey(t)) {
        row(out, t.json(), byType.get(t));
      }
    }
    out.append('\n');
  }

  private static void row(StringBuilder out, String name, Counts c) {
    out.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.2f | %.2f | %.2f |%n",
        name, c.hits(), c.falseAlarms(), c.misses(), c.precision(), c.recall(), c.f1()));
  }

  private static void fields(StringBuilder out, Map<Attribute, Accuracy> accuracy) {
    out.append("## Fields of aligned events\n\n| field | right | judged | accuracy |\n|---|---|---|---|\n");
    for (Attribute a : Attribute.values()) {
      Accuracy acc = accuracy.getOrDefault(a, Accuracy.NONE);
      out.append(String.format(Locale.ROOT, "| %s | %d | %d | %.2f |%n", a.label(), acc.correct(), acc.judged(), acc.value()));
    }
    out.append('\n');
  }
}
