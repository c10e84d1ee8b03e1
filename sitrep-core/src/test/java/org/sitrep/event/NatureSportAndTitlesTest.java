package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;

/** Words of war used by nature, sport, song titles and accidents give no events; weapons still do. */
class NatureSportAndTitlesTest {

  @Test
  void anAvalancheStrikesNoOneInWarButAMissileDoes() {
    String words = "An/a/DT avalanche/avalanche/NN struck/strike/VBD climbers/climber/NNS on/on/IN Everest/Everest/NNP";
    String deps = "det 1 0; nsubj 2 1; root -1 2; obj 2 3; case 5 4; obl:on 2 5";
    assertEquals(List.of(), EventExtractorTest.runOne(words, deps, "Everest"));
    List<Event> missile = EventExtractorTest.runOne(words.replace("avalanche/avalanche", "missile/missile"), deps, "Everest");
    assertEquals(EventType.EXPLOSION_REMOTE_VIOLENCE, EventExtractorTest.only(missile).type());
  }

  @Test
  void aCourtStrikesDownAClauseButADroneStrikesACar() {
    String words = "The/the/DT court/court/NN struck/strike/VBD down/down/RP a/a/DT clause/clause/NN in/in/IN Santiago/Santiago/NNP";
    String deps = "det 1 0; nsubj 2 1; root -1 2; compound:prt 2 3; det 5 4; obj 2 5; case 7 6; obl:in 2 7";
    assertEquals(List.of(), EventExtractorTest.runOne(words, deps, "Santiago"));
    List<Event> drone = EventExtractorTest.runOne(words.replace("court/court", "drone/drone").replace("clause/clause", "car/car"), deps, "Santiago");
    assertEquals(EventType.EXPLOSION_REMOTE_VIOLENCE, EventExtractorTest.only(drone).type());
  }

  @Test
  void aRiderAttacksOnTheClimbOfAStage() {
    String words = "Colombia/Colombia/NNP attacks/attack/VBZ on/on/IN the/the/DT final/final/JJ climb/climb/NN at/at/IN Beille/Beille/NNP";
    String deps = "nsubj 1 0; root -1 1; case 5 2; det 5 3; amod 5 4; obl:on 1 5; case 7 6; nmod:at 5 7";
    assertEquals(List.of(), attacksByColombia(words, deps), "a team named for its country is no party on a climb");
    assertEquals(1, attacksByColombia(words.replace("climb/climb", "post/post"), deps).size(), "a state attacking a post is");
  }

  private static List<Event> attacksByColombia(String words, String deps) {
    org.sitrep.model.Sentence s = new SentenceBuilder(0).words(words).deps(deps).build(0);
    return EventExtractorTest.run(List.of(s), List.of(EventExtractorTest.actor(s, "Colombia", "Colombia", org.sitrep.model.ActorKind.FOREIGN_STATE)),
        List.of(EventExtractorTest.place("Beille", s, "Beille", 42.7, 1.7)));
  }

  @Test
  void soldiersStormingABeachDuringFilmingOfADramaArePlayed() {
    String words = "Soldiers/soldier/NNS storm/storm/VBP a/a/DT beach/beach/NN during/during/IN filming/filming/NN of/of/IN a/a/DT drama/drama/NN at/at/IN Golden/Golden/NNP Bay/Bay/NNP";
    String deps = "nsubj 1 0; root -1 1; det 3 2; obj 1 3; case 5 4; obl:during 1 5; case 8 6; det 8 7; nmod:of 5 8; case 11 9; compound 11 10; obl:at 1 11";
    assertEquals(List.of(), EventExtractorTest.runOne(words, deps, "Golden Bay"));
    String real = words.replace("filming/filming/NN of/of/IN a/a/DT drama/drama/NN", "filming/filming/NN of/of/IN a/a/DT report/report/NN");
    assertEquals(1, EventExtractorTest.runOne(real, deps, "Golden Bay").size(), "filming of a news report is no fiction");
  }

  @Test
  void dancersRehearsingABattlePlayItButSoldiersFightingOneDoNot() {
    String words = "Dancers/dancer/NNS rehearse/rehearse/VBP the/the/DT battle/battle/NN between/between/IN mice/mouse/NNS and/and/CC"
        + " soldiers/soldier/NNS in/in/IN Madrid/Madrid/NNP";
    String deps = "nsubj 1 0; root -1 1; det 3 2; obj 1 3; case 5 4; nmod:between 3 5; cc 7 6; conj:and 5 7; case 9 8; obl:in 1 9";
    assertEquals(List.of(), EventExtractorTest.runOne(words, deps, "Madrid"));
    assertEquals(1, EventExtractorTest.runOne(words.replace("rehearse/rehearse/VBP", "describe/describe/VBP"), deps, "Madrid").size(),
        "a battle described is still a battle");
  }

  @Test
  void aShopBombingTheStreetWithVouchersBombsNoOne() {
    String words = "Rivals/rival/NNS are/be/VBP bombing/bomb/VBG the/the/DT street/street/NN with/with/IN vouchers/voucher/NNS in/in/IN Lyon/Lyon/NNP";
    String deps = "nsubj 2 0; aux 2 1; root -1 2; det 4 3; obj 2 4; case 6 5; obl:with 2 6; case 8 7; obl:in 2 8";
    assertEquals(List.of(), EventExtractorTest.runOne(words, deps, "Lyon"));
    assertEquals(1, EventExtractorTest.runOne(words.replace("vouchers/voucher", "rockets/rocket"), deps, "Lyon").size(),
        "bombing a street with rockets is an attack");
  }

  @Test
  void orcasAmbushNoOne() {
    String words = "Orcas/orca/NNS ambushed/ambush/VBD a/a/DT shark/shark/NN off/off/IN Durban/Durban/NNP";
    String deps = "nsubj 1 0; root -1 1; det 3 2; obj 1 3; case 5 4; obl:off 1 5";
    assertEquals(List.of(), EventExtractorTest.runOne(words, deps, "Durban"));
    List<Event> militants = EventExtractorTest.runOne(words.replace("Orcas/orca", "Militants/militant").replace("shark/shark", "convoy/convoy"),
        deps, "Durban");
    assertEquals(1, militants.size(), militants.toString());
  }

  @Test
  void aCapitalisedWordInsideQuotesIsATitle() {
    String quoted = "The/the/DT band/band/NN opened/open/VBD with/with/IN ``/``/`` Ambush/ambush/NN at/at/IN Midnight/Midnight/NNP"
        + " ''/''/'' in/in/IN London/London/NNP";
    String deps = "det 1 0; nsubj 2 1; root -1 2; case 5 3; punct 5 4; obl:with 2 5; case 7 6; nmod:at 5 7; punct 5 8; case 10 9; obl:in 2 10";
    assertEquals(List.of(), EventExtractorTest.runOne(quoted, deps, "London"));
  }

  @Test
  void aForehandStrikeIsSport() {
    String words = "Alcaraz/Alcaraz/NNP won/win/VBD with/with/IN a/a/DT forehand/forehand/NN strike/strike/NN in/in/IN Melbourne/Melbourne/NNP";
    String deps = "nsubj 1 0; root -1 1; case 5 2; det 5 3; compound 5 4; obl:with 1 5; case 7 6; obl:in 1 7";
    assertEquals(List.of(), EventExtractorTest.runOne(words, deps, "Melbourne"));
    List<Event> drone = EventExtractorTest.runOne(words.replace("forehand/forehand", "drone/drone").replace("Alcaraz/Alcaraz", "Russia/Russia"),
        deps, "Melbourne");
    assertEquals(EventType.EXPLOSION_REMOTE_VIOLENCE, EventExtractorTest.only(drone).type());
  }

  @Test
  void aChampionCapturingABeltTakesNoTown() {
    String words = "The/the/DT champion/champion/NN captured/capture/VBD the/the/DT belt/belt/NN in/in/IN Riyadh/Riyadh/NNP";
    String deps = "det 1 0; nsubj 2 1; root -1 2; det 4 3; obj 2 4; case 6 5; obl:in 2 6";
    assertEquals(List.of(), EventExtractorTest.runOne(words, deps, "Riyadh"));
  }

  @Test
  void anExplosionAtAFireworksWarehouseIsAnAccident() {
    String words = "An/a/DT explosion/explosion/NN at/at/IN a/a/DT fireworks/firework/NNS warehouse/warehouse/NN shook/shake/VBD Pune/Pune/NNP";
    String deps = "det 1 0; nsubj 6 1; case 5 2; det 5 3; compound 5 4; nmod:at 1 5; root -1 6; obj 6 7";
    assertEquals(List.of(), EventExtractorTest.runOne(words, deps, "Pune"));
    List<Event> arms = EventExtractorTest.runOne(words.replace("fireworks/firework", "army/army"), deps, "Pune");
    assertTrue(arms.stream().anyMatch(e -> e.type() == EventType.EXPLOSION_REMOTE_VIOLENCE), arms.toString());
  }

  @Test
  void aRocketThatExplodesAtAGasStationIsStillARocket() {
    String words = "A/a/DT rocket/rocket/NN exploded/explode/VBD at/at/IN a/a/DT gas/gas/NN station/station/NN in/in/IN Kabul/Kabul/NNP";
    String deps = "det 1 0; nsubj 2 1; root -1 2; case 6 3; det 6 4; compound 6 5; obl:at 2 6; case 8 7; obl:in 2 8";
    List<Event> events = EventExtractorTest.runOne(words, deps, "Kabul");
    assertTrue(events.stream().anyMatch(e -> e.type() == EventType.EXPLOSION_REMOTE_VIOLENCE), events.toString());
  }

  @Test
  void aBombPlantedOnAMotorcycleIsWhatExplodedNotAPlant() {
    // CoreNLP makes "planted" the clausal subject of "exploded"; the lemma "plant" is also an accident's setting
    String words = "A/a/DT bomb/bomb/NN planted/plant/VBN on/on/IN a/a/DT motorcycle/motorcycle/NN has/have/VBZ exploded/explode/VBN"
        + " in/in/IN Mastung/Mastung/NNP";
    String deps = "det 1 0; nsubj:pass 2 1; csubj 7 2; case 5 3; det 5 4; obl:on 2 5; aux 7 6; root -1 7; case 9 8; obl:in 7 9";
    List<Event> events = EventExtractorTest.runOne(words, deps, "Mastung");
    assertTrue(events.stream().anyMatch(e -> e.type() == EventType.EXPLOSION_REMOTE_VIOLENCE), events.toString());
    List<Event> tree = EventExtractorTest.runOne(words.replace("bomb/bomb", "tree/tree"), deps, "Mastung");
    assertEquals(List.of(), tree, "a tree planted on a motorcycle is no weapon: the plant still forbids");
  }
}
