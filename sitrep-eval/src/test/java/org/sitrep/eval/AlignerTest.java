package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Event;
import org.sitrep.model.EventStatus;
import org.sitrep.model.EventType;

class AlignerTest {
  static final String BOTH = "Rebels took Alpha on Monday and the army retook it on Tuesday.";

  @Test
  void augmentingPathFindsTheLargestOneToOneAlignment() {
    String s1 = "Rebels took Alpha on Monday, residents said.";
    String s2 = "Rebels also took Beta on Tuesday, officials said.";
    GoldEvent alpha = Build.gold("a", "1", EventType.TERRITORY_CAPTURED, EventStatus.OCCURRED,
        Build.actor("Alpha Front", ActorKind.REBEL, "XXA"), null, null, null, s1, false);
    GoldEvent beta = Build.gold("a", "2", EventType.TERRITORY_CAPTURED, EventStatus.OCCURRED,
        null, null, null, null, s2, false);
    // "wide" cites both sentences and prefers #1 (its actor agrees), so it is placed first;
    // "narrow" can only take #1, which a greedy pass would find taken. Kuhn's algorithm moves
    // "wide" on to #2.
    Event wide = Build.system("a", EventType.TERRITORY_CAPTURED, EventStatus.OCCURRED,
        Build.sysActor("Alpha Front", "rebels", ActorKind.REBEL, "XXA"), null, null, null, s1 + " " + s2);
    Event narrow = Build.system("a", EventType.TERRITORY_CAPTURED, EventStatus.OCCURRED, null, null, null, null, s1);
    Alignment al = new Aligner().align("a", List.of(alpha, beta), List.of(wide, narrow));
    assertEquals(2, al.pairs().size());
    assertEquals(narrow, al.pairs().get(0).system());
    assertEquals(wide, al.pairs().get(1).system());
  }

  @Test
  void prefersTheGoldEventWhoseActorAgrees() {
    GoldEvent rebels = Build.gold("a", "1", EventType.TERRITORY_CAPTURED, EventStatus.OCCURRED,
        Build.actor("Alpha Front", ActorKind.REBEL, "XXA"), null, null, null, BOTH, false);
    GoldEvent army = Build.gold("a", "2", EventType.TERRITORY_CAPTURED, EventStatus.OCCURRED,
        Build.actor("Army of Alpha", ActorKind.STATE_MILITARY, "XXA"), null, null, null, BOTH, false);
    Event armyEvent = Build.system("a", EventType.TERRITORY_CAPTURED, EventStatus.OCCURRED,
        Build.sysActor("Army of Alpha", "the army", ActorKind.STATE_MILITARY, "XXA"), null, null, null, BOTH);
    Alignment al = new Aligner().align("a", List.of(rebels, army), List.of(armyEvent));
    assertEquals("2", al.pairs().get(0).gold().label());
    assertEquals("1", al.misses().get(0).gold().label());
  }

  @Test
  void alternativeTypeOfTheRowAligns() {
    GoldEvent g = new GoldEvent("a", "1", EventType.TERRITORY_CAPTURED, Set.of(EventType.BATTLE), EventStatus.SPECULATIVE,
        Set.of(), null, List.of(), null, List.of(), null, null, null, null, List.of(BOTH), false);
    Event battle = Build.system("a", EventType.BATTLE, EventStatus.SPECULATIVE, null, null, null, null, BOTH);
    Event protest = Build.system("a", EventType.PROTEST, EventStatus.SPECULATIVE, null, null, null, null, BOTH);
    Alignment al = new Aligner().align("a", List.of(g), List.of(protest, battle));
    assertEquals(battle, al.pairs().get(0).system());
    assertEquals(protest, al.falseAlarms().get(0).system());
  }

  @Test
  void headlineFalseAlarmIsFlagged() {
    Event e = Build.system("a", EventType.BATTLE, EventStatus.OCCURRED, null, null, null, null, "A headline for a");
    Alignment al = new Aligner().align("a", List.of(), List.of(e));
    assertEquals(true, al.falseAlarms().get(0).headline());
  }
}
