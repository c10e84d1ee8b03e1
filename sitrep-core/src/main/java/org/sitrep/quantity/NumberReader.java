package org.sitrep.quantity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.sitrep.quantity.QuantityWords.Entry;
import org.sitrep.quantity.WordToken.Shape;

/**
 * Reads one number at a token position, with no judgement about context: digits ("1,200",
 * "1.5 million"), number words ("two hundred and fifty", "thirty-five", "a dozen") and vague
 * words ("tens of thousands"). Whether the number is a count is {@link QuantityParser}'s call.
 */
public final class NumberReader {
  /** A number read from tokens [start, end). */
  public record Reading(long value, boolean exact, int start, int end) {}

  private static final int MAX_DIGITS = 19;
  private final QuantityWords words;

  public NumberReader(QuantityWords words) {
    this.words = words;
  }

  public Optional<Reading> read(List<WordToken> tokens, int i) {
    if (i < 0 || i >= tokens.size()) {
      return Optional.empty();
    }
    Optional<QuantityWords.Match> vague = words.longest(WordKind.VAGUE, tokens, i);
    if (vague.isPresent()) {
      return Optional.of(new Reading(vague.get().entry().value(), false, i, vague.get().end()));
    }
    Shape shape = tokens.get(i).shape();
    if (shape == Shape.INTEGER || shape == Shape.DECIMAL) {
      return readDigits(tokens, i);
    }
    return readWords(tokens, i);
  }

  private Optional<Reading> readDigits(List<WordToken> tokens, int i) {
    WordToken t = tokens.get(i);
    String digits = t.text().replace(",", "");
    if (digits.length() > MAX_DIGITS + 4) {
      return Optional.empty();
    }
    BigDecimal value = new BigDecimal(digits);
    int j = i + 1;
    for (; j < tokens.size(); j++) {
      Optional<Entry> scale = scaleWord(tokens.get(j));
      if (scale.isEmpty()) {
        break;
      }
      value = value.multiply(BigDecimal.valueOf(scale.get().value()));
    }
    boolean scaled = j > i + 1;
    if (!scaled && t.shape() == Shape.DECIMAL) {
      return Optional.empty(); // "1.5" alone is a measure, not a count of people
    }
    int end = j;
    return toLong(value).map(v -> new Reading(v, true, i, end));
  }


  private Optional<Entry> scaleWord(WordToken t) {
    return words.word(WordKind.MULTIPLIER, t).or(() -> words.word(WordKind.MAGNITUDE, t));
  }

  private static Optional<Long> toLong(BigDecimal v) {
    BigDecimal whole = v.stripTrailingZeros();
    if (whole.scale() > 0 || whole.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
      return Optional.empty();
    }
    return Optional.of(whole.longValueExact());
  }

  private Optional<Reading> readWords(List<WordToken> tokens, int i) {
    WordSum sum = new WordSum(words, tokens, i);
    try {
      return sum.run() ? Optional.of(new Reading(sum.value(), true, i, sum.end())) : Optional.empty();
    } catch (ArithmeticException overflow) {
      return Optional.empty();
    }
  }
}
