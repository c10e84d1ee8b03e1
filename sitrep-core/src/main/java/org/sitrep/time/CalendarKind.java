package org.sitrep.time;

import java.util.Locale;

/** The roles of words in {@code calendar-words.tsv} (its 2nd column). */
public enum CalendarKind {
  MONTH, WEEKDAY, RELATIVE, UNIT, AGO, ONE, PREP;

  public static CalendarKind parse(String s) {
    return valueOf(s.trim().toUpperCase(Locale.ROOT));
  }
}
