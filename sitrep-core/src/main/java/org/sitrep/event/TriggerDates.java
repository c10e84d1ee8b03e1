package org.sitrep.event;

import java.util.List;
import java.util.Locale;
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

  /** How far before a date "since" may stand to open the span the date starts ("since the war began in April 2023"). */
  private static final int SINCE_CHARS = 60;

  /**
   * Whether "since" opens the span the date starts ("have fled Sudan since the war began in April
   * 2023": April 2023 is when the fleeing began, and the report is news now).
   */
  static boolean startsASpan(DateMention m, Sentence s) {
    int end = m.span().start() - s.start();
    if (end <= 0 || end > s.text().length()) {
      return false;
    }
    String before = s.text().substring(Math.max(0, end - SINCE_CHARS), end).toLowerCase(Locale.ROOT);
    int since = before.lastIndexOf("since ");
    return since >= 0 && (since == 0 || !Character.isLetter(before.charAt(since - 1)))
        && before.substring(since).chars().noneMatch(c -> c == ',' || c == ';' || c == '.');
  }
}
