package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Sentence;

/** Which figure counts the dead and which the wounded when a sentence states both. */
class CasualtyFiguresTest {

  @Test
  void theWoundedOfTheirOwnClauseDoNotCancelTheDeadBeforeThem() {
    // the parser hangs "injured" on "killed" and hands it the subject "civilians" as well
    Event e = EventExtractorTest.only(EventExtractorTest.runOne(
        "7/7/CD civilians/civilian/NNS were/be/VBD killed/kill/VBN and/and/CC many/many/JJ were/be/VBD burnt/burn/VBN"
            + " and/and/CC injured/injure/VBN in/in/IN airstrikes/airstrike/NNS on/on/IN Idlib/Idlib/NNP",
        "nummod 1 0; nsubj:pass 3 1; aux:pass 3 2; root -1 3; cc 7 4; nsubj:pass 7 5; aux:pass 7 6; conj:and 3 7;"
            + " cc 9 8; conj:and 3 9; nsubj:pass 9 1; case 11 10; obl:in 3 11; case 13 12; nmod:on 11 13",
        "Idlib"));
    assertEquals(7, e.fatalities().value());
  }

  @Test
  void oneFigureForKilledAndInjuredTogetherCountsNeither() {
    Event e = EventExtractorTest.only(EventExtractorTest.runOne(
        "Shelling/shelling/NN killed/kill/VBD and/and/CC injured/injure/VBD 100/100/CD people/person/NNS in/in/IN Aleppo/Aleppo/NNP",
        "nsubj 1 0; root -1 1; cc 3 2; conj:and 1 3; nummod 5 4; obj 1 5; obj 3 5; case 7 6; obl:in 1 7", "Aleppo"));
    assertNull(e.fatalities());
    assertNull(e.injured());
  }

  @Test
  void theSecondOfTwoVerbsDoesNotTakeTheFirstVerbsFigure() {
    Event e = EventExtractorTest.only(EventExtractorTest.runOne(
        "Warplanes/warplane/NNS bombed/bomb/VBD Hasakah/Hasakah/NNP killing/kill/VBG 18/18/CD persons/person/NNS and/and/CC"
            + " wounding/wound/VBG a/a/DT large/large/JJ number/number/NN of/of/IN others/other/NNS",
        "nsubj 1 0; root -1 1; obj 1 2; advcl 1 3; nummod 5 4; obj 3 5; cc 7 6; conj:and 3 7; det 10 8; amod 10 9;"
            + " obj 7 10; case 12 11; nmod:of 10 12",
        "Hasakah"));
    assertEquals(18, e.fatalities().value());
    assertNull(e.injured(), "'a large number of others' is no figure, and the 18 are the killed");
  }

  @Test
  void aBareFigureAfterTheSecondVerbIsItsOwnCount() {
    // "six" was hung on "said"; the object of "killed" before "wounded" is not shared with it
    Event e = EventExtractorTest.only(EventExtractorTest.runOne(
        "Airstrikes/airstrike/NNS on/on/IN Barmal/Barmal/NNP killed/kill/VBD 46/46/CD people/person/NNS and/and/CC"
            + " wounded/wound/VBD six/six/CD ,/,/, a/a/DT spokesman/spokesman/NN said/say/VBD",
        "nsubj 3 0; case 2 1; nmod:on 0 2; root -1 3; nummod 5 4; obj 3 5; cc 7 6; conj:and 3 7; dep 12 8;"
            + " punct 8 9; det 11 10; nsubj 12 11; ccomp 7 12",
        "Barmal"));
    assertEquals(46, e.fatalities().value());
    assertEquals(6, e.injured().value());
  }

  @Test
  void theDeadOfAFoiledAttackMakeItAFight() {
    Sentence s = new SentenceBuilder(0).words("SDF/SDF/NNP fighters/fighter/NNS foiled/foil/VBD an/a/DT attack/attack/NN"
        + " in/in/IN Bahrah/Bahrah/NNP ,/,/, killing/kill/VBG 27/27/CD militants/militant/NNS")
        .deps("compound 1 0; nsubj 2 1; root -1 2; det 4 3; obj 2 4; case 6 5; nmod:in 4 6; punct 2 7; dep 2 8;"
            + " nummod 10 9; obj 8 10").build(0);
    var sdf = EventExtractorTest.actor(s, "SDF fighters", "Syrian Democratic Forces", org.sitrep.model.ActorKind.REBEL);
    var militants = EventExtractorTest.actor(s, "militants", "Militants", org.sitrep.model.ActorKind.REBEL);
    List<Event> events = EventExtractorTest.run(List.of(s), List.of(sdf, militants),
        List.of(EventExtractorTest.place("Bahrah", s, "Bahrah", 35.0, 40.0)));
    assertTrue(events.stream().anyMatch(e -> e.type() == EventType.BATTLE && e.fatalities() != null
        && e.fatalities().value() == 27), events.toString());
  }

  @Test
  void theDeadAfterACommaAreNotSparedWhereverTheParserHungThem() {
    // "killing" hung on "attack", the thwarted object
    Sentence s = new SentenceBuilder(0).words("Troops/troop/NNS thwarted/thwart/VBD an/a/DT attack/attack/NN in/in/IN"
        + " Gao/Gao/NNP ,/,/, killing/kill/VBG 12/12/CD militants/militant/NNS")
        .deps("nsubj 1 0; root -1 1; det 3 2; obj 1 3; case 5 4; nmod:in 3 5; punct 3 6; acl 3 7; nummod 9 8; obj 7 9").build(0);
    var troops = EventExtractorTest.actor(s, "Troops", "Troops", org.sitrep.model.ActorKind.STATE_MILITARY);
    var militants = EventExtractorTest.actor(s, "militants", "Militants", org.sitrep.model.ActorKind.REBEL);
    List<Event> events = EventExtractorTest.run(List.of(s), List.of(troops, militants),
        List.of(EventExtractorTest.place("Gao", s, "Gao", 16.3, 0.0)));
    assertTrue(events.stream().anyMatch(e -> e.fatalities() != null && e.fatalities().value() == 12), events.toString());
  }

  @Test
  void aMilitaryOperationIsTheEventOfItsToll() {
    Event e = EventExtractorTest.only(EventExtractorTest.runOne(
        "15/15/CD killed/kill/VBN during/during/IN military/military/JJ operations/operation/NNS in/in/IN Barada/Barada/NNP",
        "nsubj:pass 1 0; root -1 1; case 4 2; amod 4 3; obl:during 1 4; case 6 5; nmod:in 4 6", "Barada"));
    assertEquals(EventType.BATTLE, e.type());
    assertEquals(15, e.fatalities().value());
  }

  @Test
  void withoutATollAMilitaryOperationIsOnlyTheSettingOfTheNews() {
    Event e = EventExtractorTest.only(EventExtractorTest.runOne(
        "Soldiers/soldier/NNS demolished/demolish/VBD 12/12/CD homes/home/NNS in/in/IN Jenin/Jenin/NNP"
            + " during/during/IN a/a/DT military/military/JJ operation/operation/NN",
        "nsubj 1 0; root -1 1; nummod 3 2; obj 1 3; case 5 4; obl:in 1 5; case 9 6; det 9 7; amod 9 8; obl:during 1 9",
        "Jenin"));
    assertEquals(EventType.OTHER, e.type(), "the demolition, not a battle");
  }

  @Test
  void bombsThatHitAPlaceAreRemoteViolence() {
    Event e = EventExtractorTest.only(EventExtractorTest.runOne(
        "Bombs/bomb/NNS hit/hit/VBD two/two/CD camps/camp/NNS near/near/IN Goma/Goma/NNP",
        "nsubj 1 0; root -1 1; nummod 3 2; obj 1 3; case 5 4; nmod:near 3 5", "Goma"));
    assertEquals(EventType.EXPLOSION_REMOTE_VIOLENCE, e.type());
    assertEquals("Bombs", e.trigger());
  }
}
