package org.sitrep.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.Quantity;
import org.sitrep.model.Span;
import org.sitrep.quantity.NumberReader.Reading;
import org.sitrep.quantity.QuantityWords.Match;
import org.sitrep.time.CalendarWords;

/**
 * Finds counts in a sentence: digits, number words, ranges, hedged and vague quantities. Numbers
 * that are years, parts of dates, ages, times, ordinals, percentages or money are not counts and
 * are skipped. Never throws on any input.
 */
public final class QuantityParser {
  private final QuantityWords words;
  private final NumberReader reader;
  private final CountContext context;

  public QuantityParser() {
    this(QuantityWords.defaults(), CalendarWords.defaults());
  }

  public QuantityParser(QuantityWords words, CalendarWords calendar) {
    this.words = words;
    this.reader = new NumberReader(words);
    this.context = new CountContext(words, calendar);
  }

  /** The first count in a phrase such as "at least 20 people", if there is one. */
  public Optional<Quantity> parse(String phrase) {
    return find(phrase, 0).stream().findFirst().map(QuantityMention::q);
  }

  /** Every count in a text; spans are {@code baseOffset} + index into {@code text}. */
  public List<QuantityMention> find(String text, int baseOffset) {
    List<WordToken> tokens = Tokenizer.tokenize(text);
    List<QuantityMention> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Optional<Match> blocked = words.longest(WordKind.BLOCK_PHRASE, tokens, i);
      if (blocked.isPresent()) {
        i = blocked.get().end();
        continue;
      }
      Optional<Found> count = countAt(tokens, i);
      if (count.isPresent()) {
        found.add(count.get().mention(text, tokens, baseOffset));
        i = count.get().end();
      } else {
        i++;
      }
    }
    return found;
  }

  private Optional<Found> countAt(List<WordToken> tokens, int i) {
    Optional<Match> modifier = modifierAt(tokens, i);
    int numberStart = modifier.map(Match::end).orElse(i);
    if (modifier.isPresent() && words.longest(WordKind.BLOCK_PHRASE, tokens, numberStart).isPresent()) {
      return Optional.empty();
    }
    Optional<Reading> first = count(tokens, numberStart);
    if (first.isEmpty()) {
      return Optional.empty();
    }
    Optional<Reading> second = rangeEnd(tokens, modifier, first.get());
    if (second.isPresent()) {
      first = Optional.of(sharedScale(first.get(), second.get().value()));
    }
    boolean between = modifier.map(m -> m.entry().kind() == WordKind.RANGE_OPEN).orElse(false);
    if (between && second.isEmpty()) {
      modifier = Optional.empty(); // "between 10" without "and N" is just 10
    }
    int start = modifier.isPresent() ? i : numberStart;
    return Optional.of(new Found(start, first.get(), second, modifier.map(m -> m.entry().kind())));
  }

  private Optional<Match> modifierAt(List<WordToken> tokens, int i) {
    return words.longest(WordKind.LOWER_BOUND, tokens, i)
        .or(() -> words.longest(WordKind.HEDGE, tokens, i))
        .or(() -> words.longest(WordKind.RANGE_OPEN, tokens, i));
  }

  private Optional<Reading> count(List<WordToken> tokens, int k) {
    return reader.read(tokens, k).filter(r -> context.isCount(tokens, r));
  }

  private Optional<Reading> rangeEnd(List<WordToken> tokens, Optional<Match> modifier, Reading first) {
    boolean between = modifier.map(m -> m.entry().kind() == WordKind.RANGE_OPEN).orElse(false);
    WordKind join = between ? WordKind.RANGE_CLOSE : WordKind.RANGE_JOIN;
    if (!words.is(join, tokens, first.end())) {
      return Optional.empty();
    }
    return count(tokens, first.end() + 1).filter(r -> r.value() > first.value());
  }

  /**
   * "between six and seven thousand", "2 to 3 million": a range's first number without a scale of its own shares the
   * second's thousands or millions (6,000 to 7,000), as long as it stays below the second.
   */
  private static Reading sharedScale(Reading first, long second) {
    if (first.value() <= 0 || first.value() >= THOUSAND) {
      return first; // "between 0 and 5": no scale makes nought larger
    }
    long scale = 1;
    while (scale < BILLION && first.value() * scale * THOUSAND <= second) {
      scale *= THOUSAND;
    }
    return scale == 1 ? first : new Reading(first.value() * scale, first.exact(), first.start(), first.end());
  }

  private static final long THOUSAND = 1_000;
  private static final long BILLION = 1_000_000_000;

  /** A count found at tokens [start, end()), before it becomes a mention. */
  private record Found(int start, Reading first, Optional<Reading> second, Optional<WordKind> modifier) {
    int end() {
      return second.map(Reading::end).orElse(first.end());
    }

    QuantityMention mention(String text, List<WordToken> tokens, int baseOffset) {
      int from = tokens.get(start).start();
      int to = tokens.get(end() - 1).end();
      return new QuantityMention(new Span(baseOffset + from, baseOffset + to), quantity(text.substring(from, to)));
    }

    private Quantity quantity(String words) {
      long value = first.value();
      boolean exact = first.exact() && modifier.isEmpty() && second.isEmpty();
      if (second.isPresent()) {
        return new Quantity(value, false, value, second.get().value(), words);
      }
      Long low = modifier.filter(k -> k == WordKind.LOWER_BOUND).map(k -> value).orElse(null);
      return new Quantity(value, exact, low, null, words);
    }
  }
}
