package org.sitrep.quantity;

import java.util.List;
import java.util.Optional;
import org.sitrep.quantity.QuantityWords.Entry;

/**
 * Adds up one run of number words, e.g. "two hundred and fifty thousand": units add to the current
 * group, multipliers (hundred, dozen) scale it, magnitudes (thousand, million) close it into the
 * total. One instance reads one run.
 */
final class WordSum {
  private final QuantityWords words;
  private final List<WordToken> tokens;
  private int j;
  private long total;
  private long group;
  private Entry last;
  private boolean article;

  WordSum(QuantityWords words, List<WordToken> tokens, int start) {
    this.words = words;
    this.tokens = tokens;
    this.j = start;
  }

  /** Reads as far as the words go; false when no number was read. */
  boolean run() {
    if (words.is(WordKind.ARTICLE, tokens, j) && isScale(j + 1)) {
      group = 1; // "a dozen", "a million"
      article = true;
      j++;
    }
    while (j < tokens.size() && step()) {
      j++;
    }
    return last != null;
  }

  long value() {
    return Math.addExact(total, group);
  }

  int end() {
    return j;
  }

  private boolean step() {
    WordToken t = tokens.get(j);
    Optional<Entry> unit = words.word(WordKind.UNIT, t);
    if (unit.isPresent()) {
      return addUnit(unit.get());
    }
    Optional<Entry> multiplier = words.word(WordKind.MULTIPLIER, t);
    if (multiplier.isPresent()) {
      return scale(multiplier.get());
    }
    Optional<Entry> magnitude = words.word(WordKind.MAGNITUDE, t);
    if (magnitude.isPresent()) {
      return closeGroup(magnitude.get());
    }
    return skipsInside(t);
  }

  private boolean addUnit(Entry unit) {
    if (last != null && last.kind() == WordKind.UNIT && !(isTens(last) && unit.value() < 10)) {
      return false; // "five six" is two numbers; "twenty five" is one
    }
    group = Math.addExact(group, unit.value());
    last = unit;
    return true;
  }

  private boolean scale(Entry multiplier) {
    if (group == 0 && !article) {
      return false;
    }
    group = Math.multiplyExact(group, multiplier.value());
    last = multiplier;
    return true;
  }

  private boolean closeGroup(Entry magnitude) {
    if (group == 0 && !article) {
      return false;
    }
    total = Math.addExact(total, Math.multiplyExact(group, magnitude.value()));
    group = 0;
    last = magnitude;
    return true;
  }

  /** "and" after hundred/thousand and the hyphen of "thirty-five" continue the number. */
  private boolean skipsInside(WordToken t) {
    if (last == null || !nextIsUnit()) {
      return false;
    }
    boolean and = words.word(WordKind.NUMBER_AND, t).isPresent() && last.kind() != WordKind.UNIT;
    boolean hyphen = t.text().equals("-") && isTens(last);
    return and || hyphen;
  }

  private boolean nextIsUnit() {
    return words.is(WordKind.UNIT, tokens, j + 1);
  }

  private boolean isScale(int k) {
    return words.is(WordKind.MULTIPLIER, tokens, k) || words.is(WordKind.MAGNITUDE, tokens, k);
  }

  private static boolean isTens(Entry e) {
    return e.kind() == WordKind.UNIT && e.value() >= 20 && e.value() < 100 && e.value() % 10 == 0;
  }
}
