package org.sitrep.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;
import org.sitrep.model.Span;
import org.sitrep.quantity.Tokenizer;
import org.sitrep.quantity.WordToken;

/**
 * Finds date expressions in a sentence and resolves them against the article's publication date.
 * An event cannot happen after it is reported, so a resolved date later than the article is
 * dropped. Works on raw text; never throws.
 */
public final class DateResolver {
  private final CalendarWords calendar;
  private final AbsolutePatterns absolute;
  private final RelativePatterns relative;

  public DateResolver() {
    this(CalendarWords.defaults());
  }

  public DateResolver(CalendarWords calendar) {
    this.calendar = calendar;
    this.absolute = new AbsolutePatterns(calendar);
    this.relative = new RelativePatterns(calendar);
  }

  /**
   * The date to use when a sentence states none: the publication date, at week precision because
   * news reports mostly concern the days just before publication, so the day itself would claim
   * more than is known; text is null because no words state it.
   */
  public EventDate fallback(LocalDate published) {
    return published == null
        ? new EventDate(null, DatePrecision.UNKNOWN, null)
        : new EventDate(published.toString(), DatePrecision.WEEK, null);
  }

  /** Every date expression in a sentence; spans are {@code baseOffset} + index into it. */
  public List<DateMention> find(String sentence, int baseOffset, LocalDate published) {
    List<WordToken> tokens = Tokenizer.tokenize(sentence);
    List<DateMention> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Optional<Resolved> date = dateAt(tokens, i, published);
      if (date.isPresent() && notAfter(date.get(), published)) {
        found.add(mention(sentence, tokens, i, date.get(), baseOffset));
        i = date.get().end();
      } else {
        i++;
      }
    }
    return found;
  }

  private static boolean notAfter(Resolved r, LocalDate published) {
    return published == null || !r.date().isAfter(published);
  }

  private Optional<Resolved> dateAt(List<WordToken> tokens, int i, LocalDate published) {
    Optional<CalendarWords.Match> prep = calendar.longest(CalendarKind.PREP, tokens, i);
    if (prep.isPresent()) {
      int j = skipHyphen(tokens, prep.get().end());
      boolean strict = "strict".equals(prep.get().entry().value());
      Optional<Resolved> withPrep = afterPreposition(tokens, j, published, strict);
      if (withPrep.isPresent()) {
        return withPrep;
      }
    }
    return dated(tokens, i, published, false);
  }

  /** After "in", "since", "last": a bare month or year is a date too ("in March", "in 2011"). */
  private Optional<Resolved> afterPreposition(List<WordToken> t, int j, LocalDate published, boolean strict) {
    return dated(t, j, published, strict)
        .or(() -> absolute.monthAlone(t, j, published, strict))
        .or(() -> absolute.yearAlone(t, j));
  }

  private Optional<Resolved> dated(List<WordToken> t, int j, LocalDate published, boolean strict) {
    return absolute.iso(t, j)
        .or(() -> absolute.monthDay(t, j, published))
        .or(() -> absolute.dayMonth(t, j, published))
        .or(() -> absolute.monthYear(t, j))
        .or(() -> relative.weekday(t, j, published, strict))
        .or(() -> relative.phrase(t, j, published))
        .or(() -> relative.ago(t, j, published));
  }

  private static int skipHyphen(List<WordToken> tokens, int j) {
    return j < tokens.size() && tokens.get(j).text().equals("-") ? j + 1 : j;
  }

  private static DateMention mention(String text, List<WordToken> tokens, int start, Resolved r, int base) {
    int from = tokens.get(start).start();
    int to = tokens.get(r.end() - 1).end();
    EventDate date = new EventDate(r.date().toString(), r.precision(), text.substring(from, to));
    return new DateMention(new Span(base + from, base + to), date);
  }
}
