package org.sitrep.actor.petrarch;

import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.actor.DateRange;

/**
 * Reads the bracketed code groups of a line: "[SYRGOV]", "[USAGOV >20090120]", "[AFGELI 320101-331108]",
 * "[USAELI <450703]". A malformed group yields a message, never an exception.
 */
final class CodeBlock {
  private static final String CODE = "[A-Z0-9]{3,}";

  /** The codes of the line, or the reason they cannot be read. */
  record Parsed(List<CameoCode> codes, String error) {}

  private CodeBlock() {}

  /** The text before the first '[' (the phrase); the whole text when there is none. */
  static String beforeCodes(String text) {
    int open = text.indexOf('[');
    return open < 0 ? text : text.substring(0, open);
  }

  static Parsed parse(String text) {
    List<CameoCode> codes = new ArrayList<>();
    int i = text.indexOf('[');
    while (i >= 0) {
      int close = text.indexOf(']', i);
      int nextOpen = text.indexOf('[', i + 1);
      if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
        return new Parsed(List.of(), "unbalanced [ ]");
      }
      String error = addGroup(text.substring(i + 1, close).trim(), codes);
      if (error != null) {
        return new Parsed(List.of(), error);
      }
      i = nextOpen;
    }
    if (text.indexOf(']') >= 0 && codes.isEmpty()) {
      return new Parsed(List.of(), "unbalanced [ ]");
    }
    return new Parsed(codes, null);
  }

  private static String addGroup(String group, List<CameoCode> codes) {
    String[] parts = group.split("\\s+");
    if (group.isEmpty() || parts.length > 2 || !parts[0].matches(CODE)) {
      return "bad code group [" + group + "]";
    }
    DateRange dates = parts.length == 1 ? DateRange.ALWAYS : restriction(parts[1]);
    if (dates == null) {
      return "bad date restriction '" + parts[1] + "'";
    }
    codes.add(new CameoCode(parts[0], dates));
    return null;
  }

  /** "<date" (up to), ">date" (from), "date-date"; limits included. Null when malformed. */
  static DateRange restriction(String text) {
    try {
      if (text.startsWith("<")) {
        return new DateRange(null, date(text.substring(1)));
      }
      if (text.startsWith(">")) {
        return new DateRange(date(text.substring(1)), null);
      }
      int dash = text.indexOf('-');
      if (dash > 0) {
        LocalDate from = date(text.substring(0, dash));
        LocalDate to = date(text.substring(dash + 1));
        return to.isBefore(from) ? null : new DateRange(from, to);
      }
    } catch (DateTimeException | IllegalArgumentException e) {
      return null;
    }
    return null;
  }

  /**
   * YYYYMMDD, or TABARI's YYMMDD. Two-digit years: 00-29 are 20xx, 30-99 are 19xx (our pivot; the
   * format leaves it open, and the dictionaries date 20th-century leaders and 21st-century roles).
   */
  static LocalDate date(String text) {
    if (text.matches("\\d{8}")) {
      return LocalDate.of(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(4, 6)),
          Integer.parseInt(text.substring(6)));
    }
    if (text.matches("\\d{6}")) {
      int yy = Integer.parseInt(text.substring(0, 2));
      return LocalDate.of(yy < 30 ? 2000 + yy : 1900 + yy, Integer.parseInt(text.substring(2, 4)),
          Integer.parseInt(text.substring(4)));
    }
    throw new IllegalArgumentException("not a date: " + text);
  }
}
