package org.sitrep.quantity;

import java.util.List;
import org.sitrep.quantity.NumberReader.Reading;
import org.sitrep.quantity.WordToken.Shape;
import org.sitrep.time.CalendarWords;

/**
 * Decides from the neighbouring words whether a number read from text is a count: years, dates
 * ("November 27", "Dec. 5", "27 November"), ages, percentages, money and measures are not.
 */
final class CountContext {
  private final QuantityWords words;
  private final CalendarWords calendar;
  private final long yearMin;
  private final long yearMax;

  CountContext(QuantityWords words, CalendarWords calendar) {
    this.words = words;
    this.calendar = calendar;
    this.yearMin = words.value(WordKind.YEAR_BOUND, "year-min", 1800);
    this.yearMax = words.value(WordKind.YEAR_BOUND, "year-max", 2100);
  }

  boolean isCount(List<WordToken> tokens, Reading r) {
    return !isYear(tokens, r) && !nextToMonth(tokens, r) && !blockedBefore(tokens, r.start())
        && !blockedAfter(tokens, r.end());
  }

  private boolean isYear(List<WordToken> tokens, Reading r) {
    WordToken t = tokens.get(r.start());
    boolean bareFourDigits = r.end() == r.start() + 1 && t.shape() == Shape.INTEGER && t.text().length() == 4;
    return bareFourDigits && r.value() >= yearMin && r.value() <= yearMax;
  }

  private boolean nextToMonth(List<WordToken> tokens, Reading r) {
    int before = r.start() - 1;
    if (before >= 1 && tokens.get(before).text().equals(".")) {
      before--; // "Dec. 5"
    }
    return isMonth(tokens, before) || isMonth(tokens, r.end());
  }

  private boolean isMonth(List<WordToken> tokens, int k) {
    return k >= 0 && k < tokens.size() && calendar.month(tokens.get(k)).isPresent();
  }

  private boolean blockedBefore(List<WordToken> tokens, int start) {
    return words.is(WordKind.BLOCK_BEFORE, tokens, start - 1);
  }

  private boolean blockedAfter(List<WordToken> tokens, int end) {
    int j = end;
    while (j < tokens.size() && tokens.get(j).text().equals("-")) {
      j++; // "27-year-old"
    }
    return words.longest(WordKind.BLOCK_AFTER, tokens, j).isPresent();
  }
}
