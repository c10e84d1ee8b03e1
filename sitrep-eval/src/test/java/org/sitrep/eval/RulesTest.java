package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Place;
import org.sitrep.model.PlacePrecision;

class RulesTest {
  static final GoldActor RSF = Build.actor("Rapid Support Forces", ActorKind.MILITIA, "SDN", "RSF");

  @Test
  void actorByAliasInTheArticleWords() {
    assertTrue(ActorRule.matches(RSF, Build.sysActor("Paramilitary group", "RSF gunmen", ActorKind.REBEL, null)));
  }

  @Test
  void actorByCountryAndKindGroup() {
    GoldActor army = Build.actor("Syrian army", ActorKind.STATE_MILITARY, "SYR");
    assertTrue(ActorRule.matches(army, Build.sysActor("Military Forces of Syria", "troops", ActorKind.FOREIGN_STATE, "SYR")));
    assertFalse(ActorRule.matches(army, Build.sysActor("Militants (Syria)", "fighters", ActorKind.REBEL, "SYR")));
    assertFalse(ActorRule.matches(army, Build.sysActor("Military Forces of Iraq", "troops", ActorKind.STATE_MILITARY, "IRQ")));
  }

  @Test
  void unknownOrMissingActorNeverMatches() {
    GoldActor unknownish = Build.actor("unknown", ActorKind.UNKNOWN, null);
    assertFalse(ActorRule.matches(unknownish, new Actor("Unknown", null, null, ActorKind.UNKNOWN, null)));
    assertFalse(ActorRule.matches(RSF, null));
  }

  @Test
  void nameContainmentNeedsWholeWords() {
    GoldActor aa = Build.actor("Arakan Army", ActorKind.REBEL, "MMR", "AA");
    assertFalse(ActorRule.matches(aa, Build.sysActor("Saadat group", "Saadat", ActorKind.REBEL, "PAK")));
  }

  @Test
  void placeFoldsAccentsAndHyphens() {
    assertTrue(PlaceRule.matches(Build.place("Pont-Sondé", "HTI"), Build.sysPlace("Pont Sonde")));
  }

  @Test
  void placeAcceptsNearSpellingButNotACoarserPlace() {
    assertTrue(PlaceRule.matches(Build.place("Jabalia", "PSE"), Build.sysPlace("Jabalya")));
    assertTrue(PlaceRule.matches(Build.place("Kani", "MMR"), Build.sysPlace("Kani township")));
    assertFalse(PlaceRule.matches(Build.place("northwest Syria", "SYR"), Build.sysPlace("Syria")));
    assertFalse(PlaceRule.matches(Build.place("Homs", "SYR"), Build.sysPlace("Hama")));
  }

  @Test
  void placeAliasCounts() {
    GoldPlace sanaa = Build.place("Sanaa", "YEM", "Sana'a");
    assertTrue(PlaceRule.matches(sanaa, new Place("Sana'a", null, 71137L, "YEM", null, 15.35, 44.2, PlacePrecision.CITY)));
    assertFalse(PlaceRule.matchesAny(java.util.List.of(sanaa), null));
  }

  @Test
  void sentenceMatchToleratesDatelineAndClauseButNotOtherSentences() {
    String s = "Fighters killed at least 80 people in an attack on the village on Friday.";
    assertTrue(SentenceMatch.sameSentence("KHARTOUM, Oct 27 (Wire) — " + s, s));
    assertTrue(SentenceMatch.sameSentence("killed at least 80 people in an attack on the village", s));
    assertFalse(SentenceMatch.sameSentence("The army said it repelled an assault on the city on Thursday.", s));
    assertFalse(SentenceMatch.sameSentence("", s));
  }
}
