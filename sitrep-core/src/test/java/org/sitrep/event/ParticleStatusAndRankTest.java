package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Sentence;

/**
 * Phrasal verbs whose particle stands after the object, shootings at soldiers, fights denied with
 * "without", statements ranked below what they tell, mobs and lynchings.
 */
class ParticleStatusAndRankTest {

  private static List<Event> counted(List<Event> events) {
    return events.stream().filter(e -> e.status().counted()).toList();
  }

  @Test
  void aManWhoBlewHimselfUpSetOffASuicideBomb() {
    Event e = EventExtractorTest.only(EventExtractorTest.runOne(
        "A/a/DT young/young/JJ man/man/NN blew/blow/VBD himself/himself/PRP up/up/RP in/in/IN a/a/DT tea/tea/NN shop/shop/NN"
            + " in/in/IN Mogadishu/Mogadishu/NNP",
        "det 2 0; amod 2 1; nsubj 3 2; root -1 3; obj 3 4; compound:prt 3 5; case 9 6; det 9 7; compound 9 8; obl:in 3 9;"
            + " case 11 10; nmod:in 9 11",
        "Mogadishu"));
    assertEquals(EventType.EXPLOSION_REMOTE_VIOLENCE, e.type());
    assertEquals("Suicide bomb", e.subtype());
  }

  @Test
  void shootingAtSoldiersIsAClashAndAtNoOneNamedAnAttack() {
    Sentence s = new SentenceBuilder(0).words("Militants/militant/NNS opened/open/VBD fire/fire/NN on/on/IN soldiers/soldier/NNS"
            + " in/in/IN Kishtwar/Kishtwar/NNP")
        .deps("nsubj 1 0; root -1 1; obj 1 2; case 4 3; obl:on 1 4; case 6 5; obl:in 1 6").build(0);
    Event clash = EventExtractorTest.only(EventExtractorTest.run(List.of(s),
        List.of(EventExtractorTest.actor(s, "Militants", "Militants", ActorKind.REBEL),
            EventExtractorTest.actor(s, "soldiers", "Military Forces of India", ActorKind.STATE_MILITARY)),
        List.of(EventExtractorTest.place("Kishtwar", s, "Kishtwar", 33.31, 75.77))));
    assertEquals(EventType.BATTLE, clash.type());
    assertEquals("Armed clash", clash.subtype());
    Sentence bus = new SentenceBuilder(0).words("Gunmen/gunman/NNS opened/open/VBD fire/fire/NN on/on/IN a/a/DT minibus/minibus/NN"
            + " in/in/IN Kishtwar/Kishtwar/NNP")
        .deps("nsubj 1 0; root -1 1; obj 1 2; case 5 3; det 5 4; obl:on 1 5; case 7 6; obl:in 1 7").build(0);
    Event attack = EventExtractorTest.only(EventExtractorTest.run(List.of(bus),
        List.of(EventExtractorTest.actor(bus, "Gunmen", "Unidentified Armed Group", ActorKind.UNKNOWN)),
        List.of(EventExtractorTest.place("Kishtwar", bus, "Kishtwar", 33.31, 75.77))));
    assertEquals(EventType.ATTACK_ON_CIVILIANS, attack.type());
    assertEquals("Attack", attack.subtype());
  }

  @Test
  void aCampSetUpWithoutClashesIsABaseAndNoBattle() {
    Sentence s = new SentenceBuilder(0).words("Fighters/fighter/NNS established/establish/VBD a/a/DT camp/camp/NN near/near/IN"
            + " Chai/Chai/NNP without/without/IN clashes/clash/NNS")
        .deps("nsubj 1 0; root -1 1; det 3 2; obj 1 3; case 5 4; nmod:near 3 5; case 7 6; obl:without 1 7").build(0);
    List<Event> events = EventExtractorTest.run(List.of(s),
        List.of(EventExtractorTest.actor(s, "Fighters", "Islamic State Mozambique Province", ActorKind.TERRORIST_GROUP)),
        List.of(EventExtractorTest.place("Chai", s, "Chai", -11.67, 40.23)));
    assertEquals("Headquarters or base established", EventExtractorTest.only(counted(events)).subtype());
  }

  @Test
  void aCampSetUpByFightersWhoHoldTheAreaIsABase() {
    Sentence s = new SentenceBuilder(0).words("Fighters/fighter/NNS ,/,/, who/who/WP controlled/control/VBD the/the/DT area/area/NN ,/,/,"
            + " established/establish/VBD a/a/DT camp/camp/NN near/near/IN Chai/Chai/NNP")
        .deps("nsubj 7 0; punct 0 1; nsubj 3 2; acl:relcl 0 3; det 5 4; obj 3 5; punct 0 6; root -1 7; det 9 8; obj 7 9; case 11 10;"
            + " nmod:near 9 11").build(0);
    List<Event> events = EventExtractorTest.run(List.of(s),
        List.of(EventExtractorTest.actor(s, "Fighters", "Islamic State Mozambique Province", ActorKind.TERRORIST_GROUP)),
        List.of(EventExtractorTest.place("Chai", s, "Chai", -11.67, 40.23)));
    assertEquals("Headquarters or base established", EventExtractorTest.only(counted(events)).subtype(), events.toString());
  }

  @Test
  void whatAStatementTellsOfRanksAboveTheStatement() {
    Sentence s = new SentenceBuilder(0).words("The/the/DT G9/G9/NNP leader/leader/NN said/say/VBD the/the/DT gangs/gang/NNS"
            + " had/have/VBD formed/form/VBN a/a/DT coalition/coalition/NN")
        .deps("det 2 0; compound 2 1; nsubj 3 2; root -1 3; det 5 4; nsubj 7 5; aux 7 6; ccomp 3 7; det 9 8; obj 7 9").build(0);
    // no place named: neither event gains on the other by where it happened
    List<Event> events = EventExtractorTest.run(List.of(s),
        List.of(EventExtractorTest.actor(s, "G9", "G9", ActorKind.MILITIA),
            EventExtractorTest.actor(s, "gangs", "Gangs", ActorKind.MILITIA)),
        List.of());
    Event statement = events.stream().filter(e -> e.type() == EventType.STATEMENT).findFirst().orElseThrow(() -> new AssertionError(events.toString()));
    Event formed = events.stream().filter(e -> "formed".equals(e.trigger())).findFirst().orElseThrow();
    assertTrue(formed.confidence() > statement.confidence(), events.toString());
  }

  @Test
  void aPostSetUpWithoutAShotBeingFiredIsNoClash() {
    Sentence s = new SentenceBuilder(0).words("Rebels/rebel/NNS installed/install/VBD a/a/DT command/command/NN post/post/NN in/in/IN"
            + " Kiwanja/Kiwanja/NNP without/without/IN a/a/DT shot/shot/NN being/be/VBG fired/fire/VBN")
        .deps("nsubj 1 0; root -1 1; det 4 2; compound 4 3; obj 1 4; case 6 5; obl:in 1 6; case 9 7; det 9 8; obl:without 1 9;"
            + " aux:pass 11 10; acl 9 11").build(0);
    List<Event> events = EventExtractorTest.run(List.of(s),
        List.of(EventExtractorTest.actor(s, "Rebels", "March 23 Movement", ActorKind.REBEL)),
        List.of(EventExtractorTest.place("Kiwanja", s, "Kiwanja", -1.22, 29.45)));
    assertEquals("Headquarters or base established", EventExtractorTest.only(counted(events)).subtype());
  }

  @Test
  void aMobThatLynchesASuspectedThiefIsMobViolence() {
    Event e = EventExtractorTest.only(EventExtractorTest.runOne(
        "A/a/DT mob/mob/NN lynched/lynch/VBD a/a/DT suspected/suspected/JJ thief/thief/NN in/in/IN Onitsha/Onitsha/NNP",
        "det 1 0; nsubj 2 1; root -1 2; det 5 3; amod 5 4; obj 2 5; case 7 6; obl:in 2 7", "Onitsha"));
    assertEquals("Mob violence", e.subtype());
  }

  @Test
  void aCrowdOfVillagersWhoKillThreeMenIsAMobNotForceAgainstProtesters() {
    Sentence s = new SentenceBuilder(0).words("A/a/DT crowd/crowd/NN of/of/IN villagers/villager/NNS killed/kill/VBD three/three/CD"
            + " men/man/NNS in/in/IN Betroka/Betroka/NNP")
        .deps("det 1 0; nsubj 4 1; case 3 2; nmod:of 1 3; root -1 4; nummod 6 5; obj 4 6; case 8 7; obl:in 4 8").build(0);
    List<Event> events = EventExtractorTest.run(List.of(s),
        List.of(EventExtractorTest.actor(s, "villagers", "Civilians", ActorKind.CIVILIANS)),
        List.of(EventExtractorTest.place("Betroka", s, "Betroka", -23.27, 46.1)));
    Event e = EventExtractorTest.only(counted(events));
    assertEquals(EventType.PROTEST, e.type(), events.toString());
    assertEquals("Mob violence", e.subtype(), events.toString());
  }

  @Test
  void arrestsAtARallyThatWasOnlyPlannedAreArrests() {
    Sentence s = new SentenceBuilder(0).words("Police/police/NNS arrested/arrest/VBD 26/26/CD supporters/supporter/NNS at/at/IN a/a/DT"
            + " planned/plan/VBN rally/rally/NN in/in/IN Masaka/Masaka/NNP")
        .deps("nsubj 1 0; root -1 1; nummod 3 2; obj 1 3; case 7 4; det 7 5; amod 7 6; obl:at 1 7; case 9 8; nmod:in 7 9").build(0);
    List<Event> events = EventExtractorTest.run(List.of(s),
        List.of(EventExtractorTest.actor(s, "Police", "Police Forces of Uganda", ActorKind.STATE_POLICE)),
        List.of(EventExtractorTest.place("Masaka", s, "Masaka", -0.34, 31.73)));
    assertTrue(counted(events).stream().anyMatch(e -> "Arrests".equals(e.subtype())), events.toString());
  }
}
