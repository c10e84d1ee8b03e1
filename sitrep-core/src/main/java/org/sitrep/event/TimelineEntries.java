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

  /** The index of the last sentence from {@code first} on that opens with a date heading, when two or more do; else -1. */
  static int latestEntry(List<Sentence> sentences, int first) {
    int entries = 0;
    int latest = -1;
    for (int i = first; i < sentences.size(); i++) {
      if (opensWithDateHeading(sentences.get(i).tokens())) {
        entries++;
        latest = i;
      }
    }
    return entries >= 2 ? latest : -1;
  }

  /**
   * For each sentence the index of the dated heading of the entry it belongs to (the last heading at or before it), or
   * -1 outside a chronology: entries tell different days, so their events are not one.
   */
  static int[] entries(List<Sentence> sentences, int first) {
    int[] entry = new int[sentences.size()];
    java.util.Arrays.fill(entry, -1);
    if (latestEntry(sentences, first) < 0) {
      return entry;
    }
    int current = -1;
    for (int i = first; i < sentences.size(); i++) {
      current = opensWithDateHeading(sentences.get(i).tokens()) ? i : current;
      entry[i] = current;
    }
    return entry;
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
