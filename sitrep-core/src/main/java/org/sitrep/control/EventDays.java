package org.sitrep.control;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.sitrep.model.Event;

/** The day an event is ordered by: its date's value (a month or year counts from its first day), else the article's publication date. */
final class EventDays {
  private EventDays() {}

  static LocalDate dayOf(Event event) {
    String value = event.date() == null ? null : event.date().value();
    LocalDate day = parse(value);
    if (day == null && event.article() != null) {
      return event.article().published();
    }
    return day;
  }

  static LocalDate parse(String value) {
    if (value == null) {
      return null;
    }
    try {
      if (value.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
        return LocalDate.parse(value.substring(0, 10));
      }
      if (value.matches("\\d{4}-\\d{2}")) {
        return LocalDate.parse(value + "-01");
      }
      if (value.matches("\\d{4}")) {
        return LocalDate.of(Integer.parseInt(value), 1, 1);
      }
    } catch (DateTimeParseException e) {
      return null;
    }
    return null;
  }
}
