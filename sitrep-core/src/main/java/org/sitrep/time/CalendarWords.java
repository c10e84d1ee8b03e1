package org.sitrep.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.sitrep.quantity.PhraseMatcher;
import org.sitrep.knowledge.TsvResource;
import org.sitrep.quantity.WordToken;

/** Month, weekday and relative-date words of {@code calendar-words.tsv}, matched on tokens. */
public final class CalendarWords {
  /** One row: the phrase as lower-case words, its kind and its value column. */
  public record Entry(List<String> words, CalendarKind kind, String value) {}

  /** A phrase found at a token position; {@code end} is the token index after it. */
  public record Match(Entry entry, int end) {}

  private static final String RESOURCE = "/org/sitrep/time/calendar-words.tsv";
  private static final CalendarWords DEFAULT = new CalendarWords(TsvResource.trimmedRows(RESOURCE));

  private final Map<CalendarKind, List<Entry>> byKind = new EnumMap<>(CalendarKind.class);
  private final Map<CalendarKind, Map<String, Entry>> singleWords = new EnumMap<>(CalendarKind.class);

  public CalendarWords(List<List<String>> rows) {
    for (CalendarKind kind : CalendarKind.values()) {
      byKind.put(kind, new ArrayList<>());
      singleWords.put(kind, new HashMap<>());
    }
    rows.stream().filter(r -> r.size() >= 3).map(CalendarWords::entryOf).forEach(this::add);
    byKind.values().forEach(l -> l.sort(Comparator.comparingInt((Entry e) -> -e.words().size())));
  }

  public static CalendarWords defaults() {
    return DEFAULT;
  }

  private static Entry entryOf(List<String> row) {
    List<String> words = List.of(row.get(0).toLowerCase(Locale.ROOT).split(" +"));
    return new Entry(words, CalendarKind.parse(row.get(1)), row.get(2));
  }

  private void add(Entry e) {
    byKind.get(e.kind()).add(e);
    if (e.words().size() == 1) {
      singleWords.get(e.kind()).put(e.words().get(0), e);
    }
  }

  /** The month number (1-12) of a capitalized month name or abbreviation. */
  public OptionalInt month(WordToken t) {
    return capitalizedNumber(CalendarKind.MONTH, t);
  }

  /** The ISO weekday number (Monday = 1) of a capitalized weekday name. */
  public OptionalInt weekday(WordToken t) {
    OptionalInt day = capitalizedNumber(CalendarKind.WEEKDAY, t);
    String text = t.text();
    if (day.isEmpty() && text.length() > 2 && (text.endsWith("'s") || text.endsWith("’s"))) {
      // "Saturday's march", "Tuesday's attack": the possessive dates what follows
      return capitalizedNumber(CalendarKind.WEEKDAY, new WordToken(text.substring(0, text.length() - 2), t.start(), t.end() - 2, t.shape()));
    }
    return day;
  }

  /** Whether the word, capitalised, is a month name or abbreviation ("February", "Sept"). */
  public boolean isMonthName(String word) {
    return isCapitalizedWordOf(CalendarKind.MONTH, word);
  }

  /** Whether the word, capitalised, is a weekday name ("Friday"). */
  public boolean isWeekdayName(String word) {
    return isCapitalizedWordOf(CalendarKind.WEEKDAY, word);
  }

  /** Whether the word, capitalised, is a month or weekday name ("April", "Friday"). */
  public boolean isMonthOrWeekdayName(String word) {
    return isCapitalizedWordOf(CalendarKind.MONTH, word) || isCapitalizedWordOf(CalendarKind.WEEKDAY, word);
  }

  private boolean isCapitalizedWordOf(CalendarKind kind, String word) {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0))
        && singleWords.get(kind).containsKey(word.toLowerCase(java.util.Locale.ROOT));
  }

  private OptionalInt capitalizedNumber(CalendarKind kind, WordToken t) {
    Entry e = t.capitalized() ? singleWords.get(kind).get(t.lower()) : null;
    return e == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(e.value()));
  }

  public Optional<Entry> word(CalendarKind kind, WordToken t) {
    return Optional.ofNullable(singleWords.get(kind).get(t.lower()));
  }

  /** The longest phrase of this kind starting at token i. */
  public Optional<Match> longest(CalendarKind kind, List<WordToken> tokens, int i) {
    for (Entry e : byKind.get(kind)) {
      int end = PhraseMatcher.match(e.words(), tokens, i);
      if (end >= 0) {
        return Optional.of(new Match(e, end));
      }
    }
    return Optional.empty();
  }
}
