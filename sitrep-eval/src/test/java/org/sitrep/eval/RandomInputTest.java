package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Event;
import org.sitrep.model.EventStatus;
import org.sitrep.model.EventType;

/** Random gold and system sets: the counts must always add up. */
class RandomInputTest {
  static final String[] SENTENCES = {
      "Rebels seized the town of Alpha on Monday.", "Air strikes hit Beta and killed five people.",
      "Thousands fled Gamma for Delta since Friday.", "Police arrested two men in Epsilon.", "Nothing happened today."};

  @Test
  void countsAreConsistentForRandomInput() {
    Random rnd = new Random(20241205L);
    for (int round = 0; round < 200; round++) {
      List<GoldEvent> gold = new ArrayList<>();
      for (int i = rnd.nextInt(6); i > 0; i--) {
        gold.add(Build.gold("a", "g" + i, pick(rnd, EventType.values()), pick(rnd, EventStatus.values()),
            rnd.nextBoolean() ? null : Build.actor("Alpha Front", pick(rnd, ActorKind.values()), "XXA"),
            null, null, rnd.nextBoolean() ? null : (long) rnd.nextInt(3), pick(rnd, SENTENCES), rnd.nextInt(4) == 0));
      }
      List<Event> system = new ArrayList<>();
      for (int i = rnd.nextInt(8); i > 0; i--) {
        system.add(Build.system("a", pick(rnd, EventType.values()), pick(rnd, EventStatus.values()), null, null, null,
            rnd.nextBoolean() ? null : (long) rnd.nextInt(3), pick(rnd, SENTENCES)));
      }
      check(gold, system, new Scorer().score(new GoldSet(Map.of("a", gold), List.of()), system, List.of()));
    }
  }

  private static void check(List<GoldEvent> gold, List<Event> system, Score s) {
    Counts t = s.total();
    long required = gold.stream().filter(g -> !g.optional()).count();
    assertEquals(system.size(), t.hits() + t.falseAlarms());
    assertTrue(t.misses() <= required);
    assertTrue(t.hits() <= gold.size());
    assertTrue(t.precision() >= 0 && t.precision() <= 1 && t.recall() >= 0 && t.recall() <= 1);
    Alignment a = s.alignments().get(0);
    Set<Event> seenSystem = new HashSet<>();
    Set<GoldEvent> seenGold = new HashSet<>();
    for (Pair p : a.pairs()) {
      assertTrue(seenSystem.add(p.system()), "one system event in two pairs");
      assertTrue(seenGold.add(p.gold()), "one gold event in two pairs");
      assertTrue(p.gold().allowsType(p.system().type()));
    }
    assertEquals(gold.size(), a.pairs().size() + a.misses().size() + a.optionalUnmatched().size());
    Counts summed = s.byType().values().stream().reduce(Counts.ZERO, Counts::plus);
    assertEquals(t, summed);
  }

  private static <T> T pick(Random rnd, T[] values) {
    return values[rnd.nextInt(values.length)];
  }
}
