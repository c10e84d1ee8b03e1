package org.sitrep.ingest;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.clean.DataFile;

/**
 * Reads the date of a news dateline at the start of an article body ("BEIRUT, Dec 6 (Reuters) —").
 * A dateline without a year takes it from the fallback date: the latest such date not after the
 * fallback (an article is not dated after its publication). Without year or fallback, no date.
 */
final class Datelines {
  private final List<Pattern> patterns;
  private final DateText dates;

  private Datelines(List<Pattern> patterns, DateText dates) {
    this.patterns = patterns;
    this.dates = dates;
  }

  static Datelines load(DateText dates) {
    return new Datelines(
        DataFile.rows(Datelines.class, "datelines.tsv").stream().map(r -> Pattern.compile(r[0])).toList(),
        dates);
  }

  /** The dateline date of a body paragraph, or null. */
  LocalDate dateOf(String firstParagraph, LocalDate fallback) {
    if (firstParagraph == null) {
      return null;
    }
    for (Pattern pattern : patterns) {
      Matcher m = pattern.matcher(firstParagraph);
      if (m.find()) {
        Integer month = dates.month(m.group("month"));
        if (month != null) {
          return resolve(m.group("year"), month, m.group("day"), fallback);
        }
      }
    }
    return null;
  }

  private static LocalDate resolve(String year, int month, String day, LocalDate fallback) {
    if (year != null) {
      return DateText.date(year, month, day);
    }
    if (fallback == null) {
      return null;
    }
    LocalDate sameYear = DateText.date(String.valueOf(fallback.getYear()), month, day);
    if (sameYear == null || !sameYear.isAfter(fallback)) {
      return sameYear != null ? sameYear : leapDay(month, day, fallback);
    }
    return sameYear.minusYears(1);
  }

  /** Feb 29 in a non-leap fallback year: the most recent leap year's Feb 29 before the fallback. */
  private static LocalDate leapDay(int month, String day, LocalDate fallback) {
    try {
      MonthDay monthDay = MonthDay.of(month, Integer.parseInt(day));
      for (int year = fallback.getYear() - 1; year >= fallback.getYear() - 8; year--) {
        if (monthDay.isValidYear(year)) {
          return monthDay.atYear(year);
        }
      }
    } catch (RuntimeException e) {
      return null;
    }
    return null;
  }
}
