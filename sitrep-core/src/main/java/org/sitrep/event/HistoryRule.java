package org.sitrep.event;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitrep.knowledge.TsvResource;
import org.sitrep.model.EventType;

/**
 * Events of the past are background, not news (history-cues.tsv): a date more than a year before
 * publication, a sentence that names only years two or more years back ("the 1944 uprising"), or
 * words of remembrance ("80 years since", "anniversary"). Without a publication date only the
 * words count. In a protest's sentence a day of this week keeps old years as background, and a
 * protest that makes demands is one even on an anniversary (history-exceptions.tsv).
 */
final class HistoryRule {
  private static final List<List<String>> CUES = load("history-cues.tsv", "cue", "-");
  /** "years ago": history unless the event is dated by another date of its sentence. */
  private static final List<List<String>> DATING_CUES = load("history-cues.tsv", "cue", "date");
  private static final List<List<String>> CURRENT = load("history-exceptions.tsv", "word", "current");
  private static final List<List<String>> DEMANDS = load("history-exceptions.tsv", "word", "demand");

  private HistoryRule() {}

  static boolean isHistory(Draft d, LocalDate published) {
    if (published != null && datedLongAgo(d, published)) {
      return true;
    }
    boolean protest = d.type == EventType.PROTEST;
    // a museum "opened on Wednesday" still tells of the 1944 fighting; people marching on Wednesday march then
    if (published != null && !(protest && namesADayOfThisWeek(d)) && namesOnlyPastYears(d.sentenceWords, published)) {
      return true;
    }
    // a gathering that makes demands on an anniversary is a protest on that day
    boolean remembered = any(d, CUES) || any(d, DATING_CUES) && !datedByItsSentence(d);
    return remembered && !(protest && any(d, DEMANDS));
  }

  /** Whether the event takes a date of its sentence that is no "... ago" (checked above to be recent). */
  private static boolean datedByItsSentence(Draft d) {
    return d.date != null && d.date.text() != null && !d.date.text().toLowerCase(Locale.ROOT).endsWith(" ago");
  }

  /** "on Thursday": date words keep their capital in the sentence words (a month "March" is no march). */
  private static boolean namesADayOfThisWeek(Draft d) {
    List<Set<String>> lower = d.sentenceWords.stream()
        .map(forms -> forms.stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toSet())).toList();
    return CURRENT.stream().anyMatch(c -> SubtypeRules.contains(lower, c));
  }

  private static boolean any(Draft d, List<List<String>> phrases) {
    return phrases.stream().anyMatch(c -> SubtypeRules.contains(d.sentenceWords, c));
  }

  private static boolean datedLongAgo(Draft d, LocalDate published) {
    if (d.date == null || d.dateStartsSpan || d.date.value() == null || d.date.value().length() < 4) {
      return false;
    }
    try {
      String v = d.date.value();
      LocalDate date = v.length() >= 10 ? LocalDate.parse(v.substring(0, 10)) : LocalDate.of(Integer.parseInt(v.substring(0, 4)), 12, 31);
      return date.isBefore(published.minusYears(1));
    } catch (DateTimeParseException | NumberFormatException e) {
      return false;
    }
  }

  private static boolean namesOnlyPastYears(List<Set<String>> words, LocalDate published) {
    boolean old = false;
    for (int i = 0; i < words.size(); i++) {
      Set<String> w = words.get(i);
      // a year is written as four digits, a decade as "1970s" (its last year counts); "2,000" (lemma "2000") is a count;
      // "the worst unrest since the 1980s", "since the war began in April 2023" reach up to now
      if (w.stream().allMatch(HistoryRule::isYearOrDecade) && !TriggerDates.opensASpan(words, i)) {
        String form = w.iterator().next();
        int year = Integer.parseInt(form.substring(0, 4)) + (form.length() == 5 ? 9 : 0);
        if (year >= published.getYear() - 1 && year <= published.getYear() + 1) {
          return false;
        }
        old |= year >= 1000 && year <= published.getYear() - 2;
      }
    }
    return old;
  }

  private static boolean isYearOrDecade(String s) {
    boolean digits = s.length() >= 4 && s.substring(0, 4).chars().allMatch(Character::isDigit);
    return digits && (s.length() == 4 || s.length() == 5 && s.charAt(4) == 's');
  }

  private static List<List<String>> load(String file, String column, String kind) {
    List<List<String>> cues = new ArrayList<>();
    for (TsvResource.Row row : TsvResource.read(HistoryRule.class, file)) {
      if (kind == null || kind.equals(row.get("kind"))) {
        cues.add(Arrays.asList(row.get(column).toLowerCase(Locale.ROOT).split(" ")));
      }
    }
    return cues;
  }
}
