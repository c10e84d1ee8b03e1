package org.sitrep.quantity;

import java.util.Locale;

/** The roles a word or phrase of {@code quantity-words.tsv} plays (its 4th column). */
public enum WordKind {
  /** adds its value: one .. nineteen, twenty .. ninety. */
  UNIT,
  /** multiplies what came before: hundred, dozen. */
  MULTIPLIER,
  /** closes a group: thousand, million, billion. */
  MAGNITUDE,
  /** "a"/"an", a count of one only before a multiplier or magnitude ("a dozen", "a million"). */
  ARTICLE,
  /** vague count words with conservative lower bounds (schema README). */
  VAGUE,
  /** about, nearly, some: the number is not exact. */
  HEDGE,
  /** at least, more than, over: the number is a lower bound. */
  LOWER_BOUND,
  /** "between" opens a range that "and" closes. */
  RANGE_OPEN,
  RANGE_CLOSE,
  /** to, -, or: joins the two ends of a range. */
  RANGE_JOIN,
  /** "and" inside a number: two hundred and fifty. */
  NUMBER_AND,
  /** a word just before a number that makes it money or an identifier: $, aged. */
  BLOCK_BEFORE,
  /** words just after a number that make it not a count: %, year old, km, dollars. */
  BLOCK_AFTER,
  /** whole phrases that look like counts but are not: one of the, no one. */
  BLOCK_PHRASE,
  /** year-min and year-max: bare four-digit numbers in this range are years. */
  YEAR_BOUND;

  public static WordKind parse(String s) {
    return valueOf(s.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
