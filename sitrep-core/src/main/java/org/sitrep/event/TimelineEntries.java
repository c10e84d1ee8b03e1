package org.sitrep.event;

import java.util.List;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;
import org.sitrep.time.CalendarWords;

/**
 * A chronology: entries that each open with their date as a heading ("3 February: A bomb damages a rail line ...
 * 12 February: Rangers and insurgents exchange fire ..."). Its news is the latest entry, the last one; the entries
 * before it are the background that led there.
 */
final class TimelineEntries {
  /** How many tokens a date heading takes at most before its colon ("12", "February", ",", "2025"). */
  private static final int HEADING_TOKENS = 5;

  private TimelineEntries() {}

  /**
   * For each sentence the index of the dated heading of the entry it belongs to (the last heading at or before it); all
   * -1 outside a chronology, a text with fewer than two such headings: entries tell different days, so their events are
   * not one.
   */
  static int[] entries(List<Sentence> sentences, int first) {
    int[] entry = new int[sentences.size()];
    java.util.Arrays.fill(entry, -1);
    int current = -1;
    int headings = 0;
    for (int i = first; i < sentences.size(); i++) {
      if (opensWithDateHeading(sentences.get(i).tokens())) {
        current = i;
        headings++;
      }
      entry[i] = current;
    }
    if (headings < 2) {
      java.util.Arrays.fill(entry, -1);
    }
    return entry;
  }

  /** The latest entry's heading (the last sentence's entry), or -1 outside a chronology. */
  static int latestEntry(int[] entries) {
    return entries.length == 0 ? -1 : entries[entries.length - 1];
  }

  /** "3 February:", "February 3:", "12 March 2025:": a day and a month name, perhaps a year, then a colon. */
  static boolean opensWithDateHeading(List<Token> tokens) {
    CalendarWords calendar = CalendarWords.defaults();
    boolean day = false;
    boolean month = false;
    for (int i = 0; i < Math.min(tokens.size(), HEADING_TOKENS + 1); i++) {
      String w = tokens.get(i).word();
      if (w.equals(":")) {
        return i > 0 && day && month;
      } else if (calendar.isMonthName(w)) {
        month = true;
      } else if (w.matches("\\d{1,2}") && Integer.parseInt(w) >= 1 && Integer.parseInt(w) <= 31) {
        day = true;
      } else if (!w.equals(",") && !w.matches("\\d{4}")) {
        return false;
      }
    }
    return false;
  }
}
