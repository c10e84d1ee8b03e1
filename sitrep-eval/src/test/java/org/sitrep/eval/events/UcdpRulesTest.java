package org.sitrep.eval.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.eval.Accuracy;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Event;
import org.sitrep.model.EventStatus;
import org.sitrep.model.EventType;

class UcdpRulesTest {
  private static final UcdpSides SIDES = UcdpSides.standard();

  private static UcdpCase ucdp(String headline, String where, Long deaths, String a, String b) {
    return new UcdpCase("1", headline, null, where, 36.2, 37.16, deaths, a, b);
  }

  @Test
  void placeIsScoreableOnlyWhenTheHeadlineNamesItWithoutGenericWords() {
    assertEquals("teir maaleh", UcdpHeadline.placeName("Teir Maaleh village"));
    assertTrue(UcdpHeadline.namedPlace("Aleppo town", "Shelling on Aleppo kills 4").isPresent());
    assertFalse(UcdpHeadline.namedPlace("Teir Maaleh village", "Clashes continue around Ter Ma'la").isPresent());
    assertFalse(UcdpHeadline.namedPlace("Tanab village", "Advances for SDF in Aleppo countryside").isPresent());
    assertFalse(UcdpHeadline.namedPlace("Al Bab town", "Babila is shelled").isPresent(), "whole words only");
    assertFalse(UcdpHeadline.namedPlace("village", "a village was hit").isPresent(), "nothing left after generic words");
  }

  @Test
  void deathsAreScoreableWhenStatedInDigitsOrWords() {
    assertTrue(UcdpHeadline.statesDeaths(5L, "Mines planted by ISIS kill at least 5 members of the regime forces"));
    assertTrue(UcdpHeadline.statesDeaths(3L, "Three civilians killed in shelling on Idlib"));
    assertFalse(UcdpHeadline.statesDeaths(4L, "Advances for SDF in Aleppo countryside"));
    assertFalse(UcdpHeadline.statesDeaths(null, "4 killed"));
  }

  @Test
  void placeHitsWithin50KmOfTheTopLocatedCountedEvent() {
    UcdpScorer scorer = new UcdpScorer(SIDES, 5);
    UcdpCase gold = ucdp("Shelling on Aleppo kills 4", "Aleppo town", 4L, "Government of Syria", "Syrian insurgents");
    Event near = Events.withPlace(Events.event(EventType.EXPLOSION_REMOTE_VIOLENCE, EventStatus.OCCURRED, 0.7, "shelling"),
        Events.place("Aleppo", 36.20, 37.15));
    Event far = Events.withPlace(Events.event(EventType.EXPLOSION_REMOTE_VIOLENCE, EventStatus.OCCURRED, 0.9, "shelling"),
        Events.place("Damascus", 33.51, 36.29));
    Event farPlanned = Events.withPlace(Events.event(EventType.BATTLE, EventStatus.PLANNED, 0.99, "attack"),
        Events.place("Damascus", 33.51, 36.29));
    scorer.score(gold, List.of(near, farPlanned));
    scorer.score(gold, List.of(near, far));
    scorer.score(ucdp("Clashes go on", "Aleppo town", 4L, null, null), List.of(near));
    assertEquals(new Accuracy(1, 2), scorer.place());
    assertEquals(new Accuracy(2, 2), scorer.placeAnyEvent(), "the near event counts when it is not the top one");
    assertTrue(UcdpScorer.placeScoreable(gold));
  }

  @Test
  void deathsHitOnTheExactValueOfTheTopEventCarryingFatalities() {
    UcdpScorer scorer = new UcdpScorer(SIDES, 5);
    UcdpCase gold = ucdp("Shelling on Aleppo kills 4", "Aleppo town", 4L, null, null);
    Event four = Events.withFatalities(Events.event(EventType.EXPLOSION_REMOTE_VIOLENCE, EventStatus.OCCURRED, 0.5, "shelling"), 4);
    Event none = Events.event(EventType.BATTLE, EventStatus.OCCURRED, 0.9, "clash");
    Event five = Events.withFatalities(Events.event(EventType.BATTLE, EventStatus.OCCURRED, 0.8, "clash"), 5);
    scorer.score(gold, List.of(none, four));
    scorer.score(gold, List.of(four, five));
    assertEquals(new Accuracy(1, 2), scorer.deaths());
    assertEquals(new Accuracy(2, 2), scorer.deathsAnyEvent());
  }

  @Test
  void sidesMapByIdKindAndCountryAndSplitOnCommas() {
    List<SideMapping> groups = SIDES.groups("Ahrar al-Sham, HTS, No Such Group");
    assertEquals(3, groups.size());
    assertNull(groups.get(2));
    assertTrue(groups.get(1).standsFor(Events.actor("Hayat Tahrir al-Sham", "hts", ActorKind.REBEL, "SYR")));
    SideMapping government = SIDES.groups("Government of Syria").get(0);
    assertTrue(government.standsFor(Events.actor("Syrian Arab Army", "syr-army", ActorKind.STATE_MILITARY, "SYR")));
    assertTrue(government.standsFor(Events.actor("regime forces", null, ActorKind.STATE_MILITARY, "SYR")));
    assertFalse(government.standsFor(Events.actor("Turkish Armed Forces", "tur-army", ActorKind.STATE_MILITARY, "TUR")));
    SideMapping is = SIDES.groups("IS").get(0);
    assertFalse(is.standsFor(Events.actor("rebels", null, ActorKind.REBEL, "SYR")));
    assertTrue(is.namedIn("ISIS kills 5"));
    assertFalse(is.namedIn("The situation is calm"), "acronyms match case");
  }

  @Test
  void sideRatesOverAllAndOverNamedRecords() {
    UcdpScorer scorer = new UcdpScorer(SIDES, 5);
    Event e = Events.withActors(Events.event(EventType.BATTLE, EventStatus.OCCURRED, 0.9, "clash"),
        Events.actor("Syrian Democratic Forces", "sdf", ActorKind.REBEL, "SYR"), null);
    scorer.score(ucdp("Clashes between the SDF and ISIS", "Raqqa city", 0L, "SDF", "IS"), List.of(e));
    scorer.score(ucdp("Clashes in the east", "Raqqa city", 0L, "SDF", "IS"), List.of());
    SideRates r = scorer.sides();
    assertEquals(new Accuracy(1, 2), r.any());
    assertEquals(new Accuracy(0, 2), r.both());
    assertEquals(new Accuracy(1, 1), r.anyNamed());
    assertEquals(new Accuracy(0, 1), r.bothNamed());
  }
}
