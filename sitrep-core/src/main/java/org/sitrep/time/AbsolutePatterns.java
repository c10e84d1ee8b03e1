package org.sitrep.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.sitrep.model.DatePrecision;
import org.sitrep.quantity.WordToken;
import org.sitrep.quantity.WordToken.Shape;

/**
 * Dates written with a month or a year: "2024-12-05", "December 5", "Dec. 5, 2024",
 * "5 December 2024", "27th of November", "December 2024", "in March", "in 2011". A month and day
 * without a year take the article's year, or the year before when that would be after the article.
 */
final class AbsolutePatterns {
  private static final Pattern ORDINAL_DAY = Pattern.compile("[0-9]{1,2}(?:st|nd|rd|th)");
  private final CalendarWords calendar;

  AbsolutePatterns(CalendarWords calendar) {
    this.calendar = calendar;
  }

  Optional<Resolved> iso(List<WordToken> t, int j) {
    if (j >= t.size() || t.get(j).shape() != Shape.ISO_DATE) {
      return Optional.empty();
    }
    return date(t.get(j).text(), j + 1);
  }

  private static Optional<Resolved> date(String iso, int end) {
    try {
      return Optional.of(new Resolved(LocalDate.parse(iso), DatePrecision.DAY, end));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  Optional<Resolved> monthDay(List<WordToken> t, int j, LocalDate published) {
    OptionalInt month = month(t, j);
    int k = skip(t, j + 1, ".");
    OptionalInt day = day(t, k);
    if (month.isEmpty() || day.isEmpty()) {
      return Optional.empty();
    }
    return withYear(t, k + 1, month.getAsInt(), day.getAsInt(), published);
  }

  Optional<Resolved> dayMonth(List<WordToken> t, int j, LocalDate published) {
    OptionalInt day = day(t, j);
    int k = skip(t, j + 1, "of");
    OptionalInt month = month(t, k);
    if (month.isEmpty() || day.isEmpty()) {
      return Optional.empty();
    }
    return withYear(t, skip(t, k + 1, "."), month.getAsInt(), day.getAsInt(), published);
  }

  private Optional<Resolved> withYear(List<WordToken> t, int k, int month, int day, LocalDate published) {
    int y = skip(t, k, ",");
    OptionalInt year = year(t, y);
    try {
      if (year.isPresent()) {
        return Optional.of(new Resolved(LocalDate.of(year.getAsInt(), month, day), DatePrecision.DAY, y + 1));
      }
      if (published == null) {
        return Optional.empty();
      }
      LocalDate date = LocalDate.of(published.getYear(), month, day);
      date = date.isAfter(published) ? date.minusYears(1) : date;
      return Optional.of(new Resolved(date, DatePrecision.DAY, k));
    } catch (DateTimeException e) {
      return Optional.empty(); // "February 30"
    }
  }

  Optional<Resolved> monthYear(List<WordToken> t, int j) {
    OptionalInt month = month(t, j);
    int k = skip(t, skip(t, j + 1, "."), ",");
    OptionalInt year = year(t, k);
    if (month.isEmpty() || year.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Resolved(LocalDate.of(year.getAsInt(), month.getAsInt(), 1), DatePrecision.MONTH, k + 1));
  }

  /** "in March": the most recent March not after the article (strict: before its month). */
  Optional<Resolved> monthAlone(List<WordToken> t, int j, LocalDate published, boolean strict) {
    OptionalInt month = month(t, j);
    if (month.isEmpty() || published == null) {
      return Optional.empty();
    }
    int m = month.getAsInt();
    boolean lastYear = m > published.getMonthValue() || (strict && m == published.getMonthValue());
    int year = published.getYear() - (lastYear ? 1 : 0);
    return Optional.of(new Resolved(LocalDate.of(year, m, 1), DatePrecision.MONTH, skip(t, j + 1, ".")));
  }

  Optional<Resolved> yearAlone(List<WordToken> t, int j) {
    OptionalInt year = year(t, j);
    return year.isEmpty()
        ? Optional.empty()
        : Optional.of(new Resolved(LocalDate.of(year.getAsInt(), 1, 1), DatePrecision.YEAR, j + 1));
  }

  private OptionalInt month(List<WordToken> t, int j) {
    return j < t.size() ? calendar.month(t.get(j)) : OptionalInt.empty();
  }

  private static OptionalInt day(List<WordToken> t, int j) {
    if (j >= t.size()) {
      return OptionalInt.empty();
    }
    WordToken tok = t.get(j);
    boolean plain = tok.shape() == Shape.INTEGER && tok.text().length() <= 2;
    if (!plain && !ORDINAL_DAY.matcher(tok.lower()).matches()) {
      return OptionalInt.empty();
    }
    int d = Integer.parseInt(tok.text().replaceAll("[^0-9]", ""));
    return d >= 1 && d <= 31 ? OptionalInt.of(d) : OptionalInt.empty();
  }

  private static OptionalInt year(List<WordToken> t, int j) {
    if (j >= t.size() || t.get(j).shape() != Shape.INTEGER || t.get(j).text().length() != 4) {
      return OptionalInt.empty();
    }
    int y = Integer.parseInt(t.get(j).text());
    return y >= 1000 ? OptionalInt.of(y) : OptionalInt.empty();
  }

  /** j + 1 when token j is the optional word, else j. */
  private static int skip(List<WordToken> t, int j, String optional) {
    return j < t.size() && t.get(j).lower().equals(optional) ? j + 1 : j;
  }
}
