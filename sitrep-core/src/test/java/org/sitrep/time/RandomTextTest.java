package org.sitrep.time;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sitrep.testing.RandomText;
import org.sitrep.model.Span;
import org.sitrep.quantity.QuantityMention;
import org.sitrep.quantity.QuantityParser;

/** Random and hostile strings never make the parser or resolver throw; spans stay in bounds. */
class RandomTextTest {
  private static final String[] PIECES = {
    "1", "12", "1,200", "2024", "-", "–", " ", ".", ",", ":", "%", "$", "a", "dozen", "million",
    "hundred", "and", "between", "to", "at least", "thirty", "five", "ago", "years", "December",
    "Dec", "31", "30", "February", "Thursday", "last", "week", "in", "since", "2024-13-45",
    "9999999999999999999999", "0", "of", "thousands", "tens", "é", "’", "\n", "\t", "🙂"};

  @Test
  void neverThrowsAndKeepsSpansInBounds() {
    Random random = new Random(42);
    QuantityParser parser = new QuantityParser();
    DateResolver resolver = new DateResolver();
    for (int round = 0; round < 3000; round++) {
      String text = RandomText.of(random, PIECES, 12, 4);
      int base = random.nextInt(1000);
      LocalDate published = random.nextInt(5) == 0 ? null : LocalDate.of(2024, 12, 6).minusDays(random.nextInt(4000));
      for (QuantityMention m : parser.find(text, base)) {
        assertInBounds(m.span(), base, text);
        assertTrue(m.q().value() >= 0, text);
      }
      for (DateMention m : resolver.find(text, base, published)) {
        assertInBounds(m.span(), base, text);
        assertTrue(published == null || !LocalDate.parse(m.date().value()).isAfter(published), text);
      }
    }
  }

  private static void assertInBounds(Span span, int base, String text) {
    assertTrue(span.start() >= base && span.end() <= base + text.length() && span.length() > 0, text);
  }

}
