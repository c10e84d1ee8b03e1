package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Sentence;

/** Clashes in words, battles on a tennis court, tankers that explode: war words that tell no war. */
class WordsOfWarElsewhereTest {

  @Test
  void menWhoClashDuringADebateFightNoBattle() {
    List<Event> events = EventExtractorTest.runOne(
        "The/the/DT two/two/CD men/man/NNS clashed/clash/VBD repeatedly/repeatedly/RB during/during/IN the/the/DT debate/debate/NN"
            + " in/in/IN Islamabad/Islamabad/NNP",
        "det 2 0; nummod 2 1; nsubj 3 2; root -1 3; advmod 3 4; case 7 5; det 7 6; obl:during 3 7; case 9 8; obl:in 3 9",
        "Islamabad");
    assertEquals(List.of(), events);
  }

  @Test
  void fightersWhoClashNearAPlaceStillFight() {
    Sentence s = new SentenceBuilder(0).words("Rebels/rebel/NNS clashed/clash/VBD with/with/IN troops/troop/NNS near/near/IN Goma/Goma/NNP")
        .deps("nsubj 1 0; root -1 1; case 3 2; obl:with 1 3; case 5 4; obl:near 1 5").build(0);
    var rebels = EventExtractorTest.actor(s, "Rebels", "Rebels", ActorKind.REBEL);
    var troops = EventExtractorTest.actor(s, "troops", "Troops", ActorKind.STATE_MILITARY);
    List<Event> events = EventExtractorTest.run(List.of(s), List.of(rebels, troops),
        List.of(EventExtractorTest.place("Goma", s, "Goma", -1.68, 29.22)));
    assertEquals(EventType.BATTLE, events.get(0).type());
  }

  @Test
  void aFiveSetBattleIsTennis() {
    List<Event> events = EventExtractorTest.runOne(
        // as the tokenizer splits it: five / - / set
        "Alcaraz/Alcaraz/NNP came/come/VBD through/through/IN a/a/DT five/five/CD -/-/HYPH set/set/NN battle/battle/NN"
            + " against/against/IN Zverev/Zverev/NNP in/in/IN Paris/Paris/NNP",
        "nsubj 1 0; root -1 1; case 7 2; det 7 3; nummod 6 4; punct 6 5; compound 7 6; obl:through 1 7; case 9 8;"
            + " nmod:against 7 9; case 11 10; obl:in 1 11",
        "Paris");
    assertEquals(List.of(), events);
  }

  @Test
  void aFuelTankerThatExplodesIsAnAccident() {
    List<Event> events = EventExtractorTest.runOne(
        "A/a/DT fuel/fuel/NN tanker/tanker/NN exploded/explode/VBD on/on/IN a/a/DT highway/highway/NN near/near/IN Lokoja/Lokoja/NNP"
            + " ,/,/, killing/kill/VBG five/five/CD people/person/NNS",
        "det 2 0; compound 2 1; nsubj 3 2; root -1 3; case 6 4; det 6 5; obl:on 3 6; case 8 7; nmod:near 6 8; punct 3 9;"
            + " dep 3 10; nummod 12 11; obj 10 12", "Lokoja");
    assertEquals(List.of(), events);
  }

  @Test
  void noOneWhoHadToLeaveLeft() {
    List<Event> events = EventExtractorTest.runOne(
        "No/no/DT one/one/NN had/have/VBD to/to/TO leave/leave/VB their/their/PRP$ homes/home/NNS in/in/IN Arequipa/Arequipa/NNP",
        "det 1 0; nsubj 2 1; root -1 2; mark 4 3; xcomp 2 4; nmod:poss 6 5; obj 4 6; case 8 7; obl:in 4 8", "Arequipa");
    assertEquals(1, events.size(), events.toString());
    assertEquals(org.sitrep.model.EventStatus.DENIED, events.get(0).status());
    List<Event> left = EventExtractorTest.runOne(
        "Families/family/NNS had/have/VBD to/to/TO leave/leave/VB their/their/PRP$ homes/home/NNS in/in/IN Arequipa/Arequipa/NNP",
        "nsubj 1 0; root -1 1; mark 3 2; xcomp 1 3; nmod:poss 5 4; obj 3 5; case 7 6; obl:in 3 7", "Arequipa");
    assertEquals(org.sitrep.model.EventStatus.OCCURRED, left.get(0).status());
  }

  @Test
  void aBlastOfAStarIsNoExplosionOfWarButABlastThatKillsIs() {
    assertEquals(List.of(), EventExtractorTest.runOne(
        "The/the/DT blast/blast/NN was/be/VBD detected/detect/VBN by/by/IN an/a/DT astronomer/astronomer/NN in/in/IN Brazil/Brazil/NNP",
        "det 1 0; nsubj:pass 3 1; aux:pass 3 2; root -1 3; case 6 4; det 6 5; obl:agent 3 6; case 8 7; nmod:in 6 8", "Brazil"));
    List<Event> war = EventExtractorTest.runOne(
        "A/a/DT blast/blast/NN killed/kill/VBD five/five/CD civilians/civilian/NNS in/in/IN Kabul/Kabul/NNP",
        "det 1 0; nsubj 2 1; root -1 2; nummod 4 3; obj 2 4; case 6 5; obl:in 2 6", "Kabul");
    assertEquals(EventType.EXPLOSION_REMOTE_VIOLENCE, war.get(0).type());
  }

  @Test
  void anAmbushInTheThirdRoundIsBoxing() {
    assertEquals(List.of(), EventExtractorTest.runOne(
        "The/the/DT challenger/challenger/NN walked/walk/VBD into/into/IN an/a/DT ambush/ambush/NN ,/,/, a/a/DT bomb/bomb/NN of/of/IN"
            + " a/a/DT right/right/JJ hand/hand/NN ,/,/, in/in/IN Riyadh/Riyadh/NNP",
        "det 1 0; nsubj 2 1; root -1 2; case 5 3; det 5 4; obl:into 2 5; punct 8 6; det 8 7; appos 5 8; case 12 9; det 12 10;"
            + " amod 12 11; nmod:of 8 12; punct 2 13; case 15 14; obl:in 2 15",
        "Riyadh"));
  }

  @Test
  void aGasExplosionInAFlatIsAnAccidentButAnAttackOnAPowerPlantIsWar() {
    assertEquals(List.of(), EventExtractorTest.runOne(
        "A/a/DT gas/gas/NN explosion/explosion/NN tore/tear/VBD through/through/IN a/a/DT flat/flat/NN in/in/IN Lyon/Lyon/NNP"
            + " ,/,/, killing/kill/VBG three/three/CD residents/resident/NNS",
        "det 2 0; compound 2 1; nsubj 3 2; root -1 3; case 6 4; det 6 5; obl:through 3 6; case 8 7; nmod:in 6 8; punct 3 9;"
            + " advcl 3 10; nummod 12 11; obj 10 12",
        "Lyon"));
    Sentence s = new SentenceBuilder(0).words("Russian/russian/JJ drones/drone/NNS attacked/attack/VBD a/a/DT power/power/NN"
            + " plant/plant/NN in/in/IN Kharkiv/Kharkiv/NNP")
        .deps("amod 1 0; nsubj 2 1; root -1 2; det 5 3; compound 5 4; obj 2 5; case 7 6; obl:in 2 7").build(0);
    List<Event> war = EventExtractorTest.run(List.of(s),
        List.of(EventExtractorTest.actor(s, "Russian drones", "Military Forces of Russia", ActorKind.STATE_MILITARY)),
        List.of(EventExtractorTest.place("Kharkiv", s, "Kharkiv", 49.99, 36.23)));
    assertTrue(!war.isEmpty(), "a plant named beside \"attack\" is a target, not an accident");
  }

  @Test
  void wolvesThatAttackAFlockAreNoArmedGroup() {
    List<Event> events = EventExtractorTest.runOne(
        "Wolves/wolf/NNS attacked/attack/VBD a/a/DT flock/flock/NN near/near/IN Grenoble/Grenoble/NNP and/and/CC killed/kill/VBD"
            + " 12/12/CD sheep/sheep/NNS",
        "nsubj 1 0; root -1 1; det 3 2; obj 1 3; case 5 4; nmod:near 3 5; cc 7 6; conj:and 1 7; nummod 9 8; obj 7 9",
        "Grenoble");
    assertEquals(List.of(), events.stream().filter(e -> e.status().counted()).toList());
  }

  @Test
  void shutterDownStrikesAreNoAirStrikes() {
    assertEquals(List.of(), EventExtractorTest.runOne(
        "Traders/trader/NNS staged/stage/VBD shutter-down/shutter-down/JJ strikes/strike/NNS in/in/IN Dhirkot/Dhirkot/NNP",
        "nsubj 1 0; root -1 1; amod 3 2; obj 1 3; case 5 4; obl:in 1 5", "Dhirkot"));
    assertEquals(List.of(EventType.EXPLOSION_REMOTE_VIOLENCE), EventExtractorTest.runOne(
        "Drone/drone/NN strikes/strike/NNS hit/hit/VBD Dhirkot/Dhirkot/NNP",
        "compound 1 0; nsubj 2 1; root -1 2; obj 2 3", "Dhirkot").stream().map(Event::type).toList());
  }
}
