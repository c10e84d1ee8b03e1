package org.sitrep.actor;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * A period written "from..to" (each end YYYY, YYYY-MM or YYYY-MM-DD, either may be empty for an
 * open end) or a single date meaning "from then on". Ends are inclusive: "2016" ends on 31 Dec.
 */
public record DateRange(LocalDate from, LocalDate to) {
  public static final DateRange ALWAYS = new DateRange(null, null);

  /** The range, or null when the text is malformed. */
  public static DateRange parse(String text) {
    String t = text == null ? "" : text.trim();
    if (t.isEmpty()) {
      return ALWAYS;
    }
    int dots = t.indexOf("..");
    String fromText = dots < 0 ? t : t.substring(0, dots);
    String toText = dots < 0 ? "" : t.substring(dots + 2);
    try {
      LocalDate from = fromText.isBlank() ? null : start(fromText.trim());
      LocalDate to = toText.isBlank() ? null : end(toText.trim());
      if (from != null && to != null && to.isBefore(from)) {
        return null;
      }
      return new DateRange(from, to);
    } catch (DateTimeParseException | NumberFormatException e) {
      return null;
    }
  }

  private static LocalDate start(String s) {
    switch (s.length()) {
      case 4: return LocalDate.of(Integer.parseInt(s), 1, 1);
      case 7: return YearMonth.parse(s).atDay(1);
      default: return LocalDate.parse(s);
    }
  }

  private static LocalDate end(String s) {
    switch (s.length()) {
      case 4: return LocalDate.of(Integer.parseInt(s), 12, 31);
      case 7: return YearMonth.parse(s).atEndOfMonth();
      default: return LocalDate.parse(s);
    }
  }

  public boolean covers(LocalDate date) {
    return date == null || ((from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to)));
  }

  /** Days from the date to the nearest day of the range (0 when covered), for picking a row. */
  public long distanceTo(LocalDate date) {
    if (covers(date)) {
      return 0;
    }
    return from != null && date.isBefore(from)
        ? from.toEpochDay() - date.toEpochDay() : date.toEpochDay() - to.toEpochDay();
  }
}
