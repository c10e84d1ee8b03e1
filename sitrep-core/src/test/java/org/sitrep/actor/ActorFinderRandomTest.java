package org.sitrep.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sitrep.testing.RandomText;

/** Random and hostile text: the finder never throws, spans stay in bounds, sorted, non-overlapping. */
class ActorFinderRandomTest {
  private static final String[] PIECES = {
    "HTS", "IS", "(", ")", "(SNA)", "’s", "'s", "-", "U.S.", "U.", "backed", " ", " ", "\n", "Assad",
    "President", "forces", "Kurdish", "Syrian", "troops", "Hezbollah", "Hay'at", "Tahrir", "al", "Sham",
    ".", ",", "ʼ", "é", "\u0301", "\uD83D\uDE00", "\t", "Gen.", "Burhan", "gunmen", "(ABC)", "A", "B", "Ĳ", "ß"
  };

  @Test
  void randomTextKeepsInvariants() {
    Random random = new Random(20241206);
    ActorFinder finder = ActorFinder.standard();
    for (int round = 0; round < 2000; round++) {
      String text = RandomText.of(random, PIECES, 40, 5);
      String focus = random.nextBoolean() ? "SYR" : null;
      ActorFindings f = finder.analyse(Articles.of(text), focus);
      check(text, f.mentions());
      assertEquals(f, finder.analyse(Articles.of(text), focus), "deterministic");
      for (MentionLink l : f.links()) {
        assertTrue(f.mentions().contains(l.subject()) && f.mentions().contains(l.object()));
      }
    }
  }


  private static void check(String text, List<ActorMention> mentions) {
    int previousEnd = 0;
    for (ActorMention m : mentions) {
      assertTrue(m.span().start() >= previousEnd, "sorted and non-overlapping: " + mentions);
      assertTrue(m.span().end() <= text.length() && m.span().length() > 0);
      assertEquals(text.substring(m.span().start(), m.span().end()), m.actor().text());
      assertTrue(m.actor().name() != null && m.actor().kind() != null);
      previousEnd = m.span().end();
    }
  }
}
