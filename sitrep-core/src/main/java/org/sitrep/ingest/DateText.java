package org.sitrep.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.clean.DataFile;

/** Reads calendar dates written as ISO (2024-12-06T10:00Z) or in English (December 6, 2024; 6 Dec 2024). */
final class DateText {
  private static final Pattern ISO = Pattern.compile("^\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern MONTH_FIRST =
      Pattern.compile("^\\s*(?<month>\\p{L}{3,9})\\.?\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<year>\\d{4})");
  private static final Pattern DAY_FIRST =
      Pattern.compile("^\\s*(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<month>\\p{L}{3,9})\\.?,?\\s+(?<year>\\d{4})");

  private final Map<String, Integer> months = new HashMap<>();

  static DateText load() {
    DateText dates = new DateText();
    for (String[] row : DataFile.rows(DateText.class, "months.tsv")) {
      dates.months.put(row[0], Integer.parseInt(row[1]));
    }
    return dates;
  }

  /** The date at the start of the value, or null when there is none or it is not a real date. */
  LocalDate parse(String value) {
    if (value == null) {
      return null;
    }
    Matcher iso = ISO.matcher(value);
    if (iso.find()) {
      return date(iso.group(1), Integer.parseInt(iso.group(2)), iso.group(3));
    }
    for (Pattern english : new Pattern[] {MONTH_FIRST, DAY_FIRST}) {
      Matcher m = english.matcher(value);
      if (m.find() && month(m.group("month")) != null) {
        return date(m.group("year"), month(m.group("month")), m.group("day"));
      }
    }
    return null;
  }

  /** The month number of an English month name or abbreviation, or null. */
  Integer month(String name) {
    return name == null ? null : months.get(name.toLowerCase(Locale.ROOT));
  }

  static LocalDate date(String year, int month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }
}
