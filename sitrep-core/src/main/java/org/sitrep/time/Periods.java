package org.sitrep.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.sitrep.model.DatePrecision;

/**
 * Date arithmetic for relative expressions. A week, month or year is written as its first day
 * (Monday, the 1st, January 1st) so that every value parses as an ISO date and the precision field
 * says how much of it is known.
 */
final class Periods {
  private Periods() {}

  static DatePrecision precisionOf(String unit) {
    return DatePrecision.valueOf(unit.trim().toUpperCase(java.util.Locale.ROOT));
  }

  /** The first day of the period {@code offset} units away from {@code date}. */
  static LocalDate shift(LocalDate date, DatePrecision unit, long offset) {
    return switch (unit) {
      case DAY -> date.plusDays(offset);
      case WEEK -> startOf(date.plusWeeks(offset), unit);
      case MONTH -> startOf(date.plusMonths(offset), unit);
      default -> startOf(date.plusYears(offset), unit);
    };
  }

  static LocalDate startOf(LocalDate date, DatePrecision unit) {
    return switch (unit) {
      case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> date.withDayOfMonth(1);
      case YEAR -> date.withDayOfYear(1);
      default -> date;
    };
  }
}
