package org.sitrep.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;

class DateResolverTest {
  /** A Friday. */
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 12, 6);
  private final DateResolver resolver = new DateResolver();

  private EventDate only(String sentence, LocalDate published) {
    List<DateMention> found = resolver.find(sentence, 0, published);
    assertEquals(1, found.size(), () -> sentence + " -> " + found);
    return found.get(0).date();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "advances since November 27, HTS|2024-11-27|day|since November 27",
      "fighting on Thursday|2024-12-05|day|on Thursday",
      "Thursday fighting|2024-12-05|day|Thursday",
      "Thursday's march in Kragujevac|2024-12-05|day|Thursday's",
      "Tuesday’s attack|2024-12-03|day|Tuesday’s",
      "fighting on Friday|2024-12-06|day|on Friday",
      "fighting last Friday|2024-11-29|day|last Friday",
      "fighting on Saturday|2024-11-30|day|on Saturday",
      "fled yesterday|2024-12-05|day|yesterday",
      "fled today|2024-12-06|day|today",
      "fled last week|2024-11-25|week|last week",
      "fled earlier this week|2024-12-02|week|earlier this week",
      "fled last month|2024-11-01|month|last month",
      "fled earlier this month|2024-12-01|month|earlier this month",
      "fled in March|2024-03-01|month|in March",
      "fled on December 5|2024-12-05|day|on December 5",
      "on 5 December 2024 they fled|2024-12-05|day|on 5 December 2024",
      "Dec. 5 was calm|2024-12-05|day|Dec. 5",
      "report of 2024-12-05 said|2024-12-05|day|2024-12-05",
      "erupted thirteen years ago|2011-01-01|year|thirteen years ago",
      "began in 2011 with protests|2011-01-01|year|in 2011",
      "fled on December 25|2023-12-25|day|on December 25",
      "fighting in December 2023|2023-12-01|month|in December 2023",
      "a week ago they fled|2024-11-25|week|a week ago"})
  void resolvesAgainstThePublicationDate(String sentence, String value, String precision, String text) {
    EventDate date = only(sentence, PUBLISHED);
    assertEquals(value, date.value());
    assertEquals(precision, date.precision().json());
    assertEquals(text, date.text());
  }

  @ParameterizedTest
  @ValueSource(strings = {"fighting on 2025-01-03", "fled on 5 January 2025", "in 2026 they will vote"})
  void datesAfterTheArticleAreDropped(String sentence) {
    assertEquals(List.of(), resolver.find(sentence, 0, PUBLISHED));
  }

  @ParameterizedTest
  @ValueSource(strings = {"they may attack", "troops march on", "a second wave", "12 people", "the 27-year-old"})
  void wordsThatAreNotDates(String sentence) {
    assertEquals(List.of(), resolver.find(sentence, 0, PUBLISHED));
  }

  @Test
  void weekdayIsNeverAfterTheArticle() {
    for (DayOfWeek day : DayOfWeek.values()) {
      String name = day.name().charAt(0) + day.name().substring(1).toLowerCase();
      LocalDate date = LocalDate.parse(only("on " + name, PUBLISHED).value());
      assertEquals(day, date.getDayOfWeek());
      assertEquals(true, !date.isAfter(PUBLISHED) && date.isAfter(PUBLISHED.minusDays(7)), name);
    }
  }

  @Test
  void relativeDatesNeedAPublicationDate() {
    assertEquals(List.of(), resolver.find("fled yesterday", 0, null));
    assertEquals("2024-12-05", only("on 2024-12-05", null).value());
  }

  @Test
  void spansAreOffsetIntoTheArticle() {
    String sentence = "Rebels advanced since November 27.";
    DateMention m = resolver.find(sentence, 500, PUBLISHED).get(0);
    assertEquals(m.date().text(), sentence.substring(m.span().start() - 500, m.span().end() - 500));
  }

  @Test
  void fallbackIsThePublicationWeek() {
    EventDate fallback = resolver.fallback(PUBLISHED);
    assertEquals("2024-12-06", fallback.value());
    assertEquals(DatePrecision.WEEK, fallback.precision());
    assertNull(fallback.text());
    assertEquals(new EventDate(null, DatePrecision.UNKNOWN, null), resolver.fallback(null));
  }
}
