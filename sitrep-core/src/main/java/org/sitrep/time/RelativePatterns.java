package org.sitrep.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.sitrep.model.DatePrecision;
import org.sitrep.quantity.NumberReader;
import org.sitrep.quantity.QuantityWords;
import org.sitrep.quantity.WordToken;

/** Dates relative to the article: "Thursday", "yesterday", "last week", "thirteen years ago". */
final class RelativePatterns {
  private final CalendarWords calendar;
  private final NumberReader numbers = new NumberReader(QuantityWords.defaults());

  RelativePatterns(CalendarWords calendar) {
    this.calendar = calendar;
  }

  /** The most recent such weekday on or before the article (strictly before when strict). */
  Optional<Resolved> weekday(List<WordToken> t, int j, LocalDate published, boolean strict) {
    OptionalInt day = j < t.size() ? calendar.weekday(t.get(j)) : OptionalInt.empty();
    if (day.isEmpty() || published == null) {
      return Optional.empty();
    }
    int back = (published.getDayOfWeek().getValue() - day.getAsInt() + 7) % 7;
    if (strict && back == 0) {
      back = 7;
    }
    return Optional.of(new Resolved(published.minusDays(back), DatePrecision.DAY, j + 1));
  }

  /** A phrase from the data file such as "last week" = week:-1. */
  Optional<Resolved> phrase(List<WordToken> t, int j, LocalDate published) {
    Optional<CalendarWords.Match> match = calendar.longest(CalendarKind.RELATIVE, t, j);
    if (match.isEmpty() || published == null) {
      return Optional.empty();
    }
    String[] unitAndOffset = match.get().entry().value().split(":");
    DatePrecision unit = Periods.precisionOf(unitAndOffset[0]);
    long offset = Long.parseLong(unitAndOffset[1]);
    return Optional.of(new Resolved(Periods.shift(published, unit, offset), unit, match.get().end()));
  }

  /** "N days/weeks/months/years ago", with "a"/"an" for one. */
  Optional<Resolved> ago(List<WordToken> t, int j, LocalDate published) {
    if (published == null || j >= t.size()) {
      return Optional.empty();
    }
    Optional<NumberReader.Reading> n = numbers.read(t, j);
    long count = n.map(NumberReader.Reading::value).orElse(one(t.get(j)));
    int k = n.map(NumberReader.Reading::end).orElse(j + 1);
    Optional<CalendarWords.Entry> unit = k < t.size() ? calendar.word(CalendarKind.UNIT, t.get(k)) : Optional.empty();
    boolean ago = k + 1 < t.size() && calendar.word(CalendarKind.AGO, t.get(k + 1)).isPresent();
    if (count < 0 || unit.isEmpty() || !ago) {
      return Optional.empty();
    }
    DatePrecision precision = Periods.precisionOf(unit.get().value());
    try {
      return Optional.of(new Resolved(Periods.shift(published, precision, -count), precision, k + 2));
    } catch (DateTimeException | ArithmeticException e) {
      return Optional.empty(); // "a billion years ago"
    }
  }

  private long one(WordToken t) {
    return calendar.word(CalendarKind.ONE, t).map(e -> Long.parseLong(e.value())).orElse(-1L);
  }
}
