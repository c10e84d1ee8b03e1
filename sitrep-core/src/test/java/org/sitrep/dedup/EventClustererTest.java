package org.sitrep.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventType;
import org.sitrep.model.PlacePrecision;

class EventClustererTest {
  private final EventClusterer clusterer = new EventClusterer(ClusterRules.defaults());
  private static final LocalDate DAY = LocalDate.of(2024, 12, 6);
  private static final Actor HTS = new Actor("Hayat Tahrir al-Sham", "hts", "HTS", ActorKind.REBEL, "SYR");
  private static final Actor ARMY = new Actor("Syrian Arab Army", "syr-army", "army", ActorKind.STATE_MILITARY, "SYR");
  private static final Actor GUNMEN = new Actor("gunmen", null, "gunmen", ActorKind.UNKNOWN, null);

  private static EventPoint ev(String id, String article, EventType type, double lat, double lon, PlacePrecision pp,
      LocalDate date, Actor actor, Actor target, Long killed) {
    return new EventPoint(id, article, "src-" + article, type, "SYR", lat, lon, pp, date, DatePrecision.DAY,
        actor, target, killed, null, null, "place");
  }

  @Test
  void reportsOfOneBattleFromThreeOutletsFormOneClusterWithReconciledDeaths() {
    List<EventCluster> clusters = clusterer.cluster(List.of(
        ev("e1", "a1", EventType.BATTLE, 34.73, 36.71, PlacePrecision.CITY, DAY, HTS, ARMY, 20L),
        ev("e2", "a2", EventType.TERRITORY_CAPTURED, 34.75, 36.72, PlacePrecision.CITY, DAY.plusDays(1), HTS, null, 32L),
        ev("e3", "a3", EventType.BATTLE, 34.9, 36.9, PlacePrecision.ADMIN1, DAY, ARMY, HTS, 25L),
        ev("e4", "a4", EventType.PROTEST, 34.73, 36.71, PlacePrecision.CITY, DAY, null, null, null)));
    assertEquals(2, clusters.size());
    assertEquals(List.of("e1", "e2", "e3"), clusters.get(0).members().stream().map(EventPoint::eventId).toList());
    assertEquals(new Reconciled(20, 25, 32, 3), clusters.get(0).fatalities());
    assertEquals(List.of("src-a1", "src-a2", "src-a3"), clusters.get(0).sources());
    assertEquals("cluster:e1", clusters.get(0).id());
  }

  @Test
  void distanceDateActorsAndSameArticleKeepEventsApart() {
    EventPoint base = ev("e1", "a1", EventType.BATTLE, 34.73, 36.71, PlacePrecision.CITY, DAY, HTS, ARMY, null);
    Actor other = new Actor("Islamic State", "isis", "IS", ActorKind.REBEL, null);
    List<EventPoint> others = List.of(
        ev("far", "a2", EventType.BATTLE, 35.13, 36.75, PlacePrecision.CITY, DAY, HTS, ARMY, null),
        ev("late", "a3", EventType.BATTLE, 34.73, 36.71, PlacePrecision.CITY, DAY.plusDays(3), HTS, ARMY, null),
        ev("actor", "a4", EventType.BATTLE, 34.73, 36.71, PlacePrecision.CITY, DAY, other, ARMY, null),
        ev("same", "a1", EventType.BATTLE, 34.73, 36.71, PlacePrecision.CITY, DAY, HTS, ARMY, null));
    for (EventPoint o : others) {
      assertEquals(2, clusterer.cluster(List.of(base, o)).size(), o.eventId());
    }
    EventPoint generic = ev("gen", "a5", EventType.BATTLE, 34.73, 36.71, PlacePrecision.CITY, DAY, GUNMEN, null, null);
    assertEquals(1, clusterer.cluster(List.of(base, generic)).size());
  }

  @Test
  void completeLinkageDoesNotChainThroughAVagueReport() {
    EventPoint homs = ev("homs", "a1", EventType.BATTLE, 34.73, 36.71, PlacePrecision.CITY, DAY, null, null, null);
    EventPoint aleppo = ev("aleppo", "a3", EventType.BATTLE, 36.2, 37.16, PlacePrecision.CITY, DAY, null, null, null);
    EventPoint vague = new EventPoint("vague", "a2", "s", EventType.BATTLE, "SYR", null, null,
        PlacePrecision.COUNTRY, DAY, DatePrecision.DAY, null, null, null, null, null, null);
    assertEquals(2, clusterer.cluster(List.of(homs, vague, aleppo)).size());
  }

  @Test
  void randomEventsKeepInvariants() {
    Random r = new Random(7);
    EventType[] types = EventType.values();
    PlacePrecision[] precisions = PlacePrecision.values();
    Compatibility compatibility = new Compatibility(ClusterRules.defaults());
    for (int trial = 0; trial < 20; trial++) {
      List<EventPoint> events = new ArrayList<>();
      for (int i = 0; i < 60; i++) {
        events.add(new EventPoint("e" + i, "a" + r.nextInt(30), r.nextBoolean() ? null : "s" + r.nextInt(5),
            types[r.nextInt(types.length)], r.nextInt(10) == 0 ? null : (r.nextBoolean() ? "SYR" : "IRQ"),
            r.nextInt(8) == 0 ? null : 33 + r.nextDouble() * 3, 36 + r.nextDouble() * 3, precisions[r.nextInt(precisions.length)],
            r.nextInt(10) == 0 ? null : DAY.plusDays(r.nextInt(10)), DatePrecision.values()[r.nextInt(5)],
            r.nextBoolean() ? HTS : r.nextBoolean() ? ARMY : GUNMEN, null,
            r.nextBoolean() ? null : (long) r.nextInt(100), null, null, null));
      }
      List<EventCluster> clusters = clusterer.cluster(events);
      Set<String> seen = new HashSet<>();
      for (EventCluster c : clusters) {
        for (EventPoint a : c.members()) {
          assertTrue(seen.add(a.eventId()), "an event in two clusters");
          for (EventPoint b : c.members()) {
            assertTrue(a == b || compatibility.compatible(a, b), "incompatible members " + a.eventId() + " " + b.eventId());
          }
        }
        Reconciled f = c.fatalities();
        assertTrue(f == null || f.low() <= f.best() && f.best() <= f.high());
      }
      assertEquals(events.size(), seen.size());
    }
  }

  @Test
  void reconciledMedianIsTheLowerMiddleOfReportedValues() {
    assertEquals(new Reconciled(3, 3, 3, 1), Reconciled.of(List.of(3L)));
    assertEquals(new Reconciled(10, 12, 40, 4), Reconciled.of(java.util.Arrays.asList(40L, 10L, null, 12L, 15L)));
    assertEquals(null, Reconciled.of(java.util.Arrays.asList((Long) null)));
  }

  @Test
  void pairwiseScoreCountsPairs() {
    PairwiseScore s = PairwiseScore.of(List.of("x", "x", "x", "y"),
        List.of(Set.of("c1"), Set.of("c1"), Set.of("c2"), Set.of("c2")));
    assertEquals(3, s.goldPairs());
    assertEquals(2, s.predictedPairs());
    assertEquals(1, s.correctPairs());
    assertEquals(0.5, s.precision(), 1e-9);
  }
}
