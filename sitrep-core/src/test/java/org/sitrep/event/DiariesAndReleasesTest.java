package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.actor.ActorMention;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Event;
import org.sitrep.model.EventStatus;
import org.sitrep.model.EventType;
import org.sitrep.model.Sentence;

/** What diaries and corporate statements tell: a call made to tell news, a scene set, a device made safe, a town left. */
class DiariesAndReleasesTest {
  /** Runs hand-built sentences; actors are (sentence index, words, kind) triples, places are (sentence index, name). */
  private static List<Event> run(List<Sentence> sentences, List<Object[]> actors, List<Object[]> places) {
    List<ActorMention> mentions = new ArrayList<>();
    for (Object[] a : actors) {
      mentions.add(EventExtractorTest.actor(sentences.get((int) a[0]), (String) a[1], (String) a[1], (ActorKind) a[2]));
    }
    List<org.sitrep.geo.PlaceMention> found = new ArrayList<>();
    for (Object[] p : places) {
      found.add(EventExtractorTest.place((String) p[1], sentences.get((int) p[0]), (String) p[1], 6.0, 101.0));
    }
    return EventExtractorTest.run(sentences, mentions, found);
  }

  private static Sentence sentence(int offset, int index, String words, String deps) {
    return new SentenceBuilder(offset).words(words).deps(deps).build(index);
  }

  @Test
  void whatACallWasMadeToTellIsToldNotCalledFor() {
    Sentence s = sentence(0, 0, "My/my/PRP$ cousin/cousin/NN called/call/VBD to/to/TO say/say/VB rebels/rebel/NNS had/have/VBD"
        + " overrun/overrun/VBN the/the/DT checkpoints/checkpoint/NNS near/near/IN Hama/Hama/NNP ././.", "nmod:poss 1 0; nsubj 2 1;"
        + " root -1 2; mark 4 3; advcl:to 2 4; nsubj 7 5; aux 7 6; ccomp 4 7; det 9 8; obj 7 9; case 11 10; nmod:near 9 11; punct 2 12");
    List<Event> told = run(List.of(s), List.<Object[]>of(new Object[] {0, "rebels", ActorKind.REBEL}), List.<Object[]>of(new Object[] {0, "Hama"}));
    assertTrue(told.stream().anyMatch(e -> e.type() == EventType.TERRITORY_CAPTURED && e.status() == EventStatus.OCCURRED), told.toString());
    Sentence urged = sentence(0, 0, "The/the/DT mayor/mayor/NN called/call/VBD on/on/IN rebels/rebel/NNS to/to/TO overrun/overrun/VB"
        + " the/the/DT checkpoints/checkpoint/NNS near/near/IN Hama/Hama/NNP ././.", "det 1 0; nsubj 2 1; root -1 2; case 4 3; obl:on 2 4;"
        + " mark 6 5; xcomp 2 6; det 8 7; obj 6 8; case 10 9; nmod:near 8 10; punct 2 11");
    List<Event> called = run(List.of(urged), List.<Object[]>of(new Object[] {0, "rebels", ActorKind.REBEL}), List.<Object[]>of(new Object[] {0, "Hama"}));
    assertTrue(called.stream().noneMatch(e -> e.type() == EventType.TERRITORY_CAPTURED && e.status().counted()), called.toString());
  }

  @Test
  void aDiarysSceneSettingFirstLineGivesItsPlaceToTheNewsAfterIt() {
    Sentence scene = sentence(0, 0, "Friday/Friday/NNP ,/,/, big/big/JJ day/day/NN in/in/IN Wabag/Wabag/NNP ././.",
        "root -1 0; punct 0 1; amod 3 2; appos 0 3; case 5 4; nmod:in 3 5; punct 0 6");
    Sentence news = sentence(31, 1, "The/the/DT clans/clan/NNS signed/sign/VBD a/a/DT peace/peace/NN agreement/agreement/NN ././.",
        "det 1 0; nsubj 2 1; root -1 2; det 5 3; compound 5 4; obj 2 5; punct 2 6");
    List<Event> events = run(List.of(scene, news), List.of(), List.<Object[]>of(new Object[] {0, "Wabag"}));
    assertTrue(events.stream().anyMatch(e -> e.location() != null && e.location().name().equals("Wabag")), events.toString());
  }

  @Test
  void aDeviceMadeSafeAndASchoolMadeAHeadquarters() {
    Sentence safe = sentence(0, 0, "Army/Army/NNP officers/officer/NNS made/make/VBD the/the/DT bomb/bomb/NN safe/safe/JJ in/in/IN"
        + " Derry/Derry/NNP ././.", "compound 1 0; nsubj 2 1; root -1 2; det 4 3; nsubj 5 4; xcomp 2 5; case 7 6; obl:in 2 7; punct 2 8");
    List<Event> defused = run(List.of(safe), List.<Object[]>of(new Object[] {0, "Army officers", ActorKind.STATE_MILITARY}),
        List.<Object[]>of(new Object[] {0, "Derry"}));
    assertTrue(defused.stream().anyMatch(e -> "Disrupted weapons use".equals(e.subtype())), defused.toString());
    Sentence base = sentence(0, 0, "MS-13/MS-13/NNP made/make/VBD the/the/DT school/school/NN their/they/PRP$ headquarters/headquarters/NN"
        + " in/in/IN Chamelecon/Chamelecon/NNP ././.", "nsubj 1 0; root -1 1; det 3 2; nsubj 5 3; nmod:poss 5 4; xcomp 1 5; case 7 6;"
        + " obl:in 1 7; punct 1 8");
    List<Event> made = run(List.of(base), List.<Object[]>of(new Object[] {0, "MS-13", ActorKind.MILITIA}),
        List.<Object[]>of(new Object[] {0, "Chamelecon"}));
    assertTrue(made.stream().anyMatch(e -> "Headquarters or base established".equals(e.subtype())), made.toString());
  }

  @Test
  void aStateOfEmergencyDeclaredByTheGovernmentIsTheGovernmentsNotAStatement() {
    String words = "The/the/DT company/company/NN notes/note/VBZ the/the/DT state/state/NN of/of/IN emergency/emergency/NN"
        + " declared/declare/VBN by/by/IN the/the/DT government/government/NN ././.";
    for (String hung : List.of("acl 4 7", "dep 2 7")) {
      Sentence s = sentence(0, 0, words, "det 1 0; nsubj 2 1; root -1 2; det 4 3; obj 2 4; case 6 5; nmod:of 4 6; " + hung
          + "; case 10 8; det 10 9; obl:by 7 10; punct 2 11");
      List<Event> events = run(List.of(s), List.<Object[]>of(new Object[] {0, "the government", ActorKind.GOVERNMENT}), List.of());
      assertTrue(events.stream().noneMatch(e -> e.type() == EventType.STATEMENT), hung + ": " + events);
      Event emergency = events.stream().filter(e -> e.type() == EventType.OTHER).findFirst()
          .orElseThrow(() -> new AssertionError(hung + ": " + events));
      assertEquals("the government", emergency.actor().name(), hung);
    }
  }

  @Test
  void anArmedGroupLeavingATownWithdrawsFromIt() {
    String words = "%s/%s/NNP left/leave/VBD Walikale/Walikale/NNP in/in/IN the/the/DT night/night/NN ././.";
    String deps = "nsubj 1 0; root -1 1; obj 1 2; case 5 3; det 5 4; obl:in 1 5; punct 1 6";
    Sentence m23 = sentence(0, 0, String.format(words, "M23", "M23"), deps);
    List<Event> left = run(List.of(m23), List.<Object[]>of(new Object[] {0, "M23", ActorKind.REBEL}), List.<Object[]>of(new Object[] {0, "Walikale"}));
    assertTrue(left.stream().anyMatch(e -> e.type() == EventType.DEPLOYMENT), left.toString());
    Sentence delegation = sentence(0, 0, String.format(words, "Oxfam", "Oxfam"), deps);
    List<Event> visit = run(List.of(delegation), List.<Object[]>of(new Object[] {0, "Oxfam", ActorKind.INTERNATIONAL_ORG}),
        List.<Object[]>of(new Object[] {0, "Walikale"}));
    assertTrue(visit.stream().noneMatch(e -> e.type() == EventType.DEPLOYMENT), visit.toString());
  }

  @Test
  void aMarchHungLooseOnTheStatementHasTheWordsBeforeItAsMarchers() {
    String words = "The/the/DT academy/academy/NN informs/inform/VBZ staff/staff/NN that/that/IN classes/class/NNS stopped/stop/VBD as/as/IN"
        + " thousands/thousand/NNS of/of/IN %s/%s/NNS marched/march/VBD through/through/IN Novi/Novi/NNP ././.";
    String deps = "det 1 0; nsubj 2 1; root -1 2; obj 2 3; mark 6 4; nsubj 6 5; ccomp 2 6; case 8 7; obl:as 6 8; case 10 9; nmod:of 8 10;"
        + " dep 2 11; case 13 12; obl:through 11 13; punct 2 14";
    Sentence students = sentence(0, 0, String.format(words, "students", "student"), deps);
    List<Event> marched = run(List.of(students), List.of(), List.<Object[]>of(new Object[] {0, "Novi"}));
    assertTrue(marched.stream().anyMatch(e -> e.type() == EventType.PROTEST), marched.toString());
  }

  @Test
  void soldiersCarryingOffSacksLootATeamCarryingOffATrophyDoesNot() {
    Sentence looted = sentence(0, 0, "Soldiers/soldier/NNS went/go/VBD through/through/IN the/the/DT market/market/NN in/in/IN Wau/Wau/NNP ,/,/,"
        + " carrying/carry/VBG off/off/RP sacks/sack/NNS of/of/IN sorghum/sorghum/NN ././.", "nsubj 1 0; root -1 1; case 4 2; det 4 3;"
        + " obl:through 1 4; case 6 5; nmod:in 4 6; punct 1 7; advcl 1 8; compound:prt 8 9; obj 8 10; case 12 11; nmod:of 10 12; punct 1 13");
    List<Event> market = run(List.of(looted), List.<Object[]>of(new Object[] {0, "Soldiers", ActorKind.STATE_MILITARY}),
        List.<Object[]>of(new Object[] {0, "Wau"}));
    assertTrue(market.stream().anyMatch(e -> "Looting/property destruction".equals(e.subtype())), market.toString());
    Sentence trophy = sentence(0, 0, "The/the/DT team/team/NN went/go/VBD to/to/IN Wau/Wau/NNP ,/,/, carrying/carry/VBG off/off/RP the/the/DT"
        + " trophy/trophy/NN ././.", "det 1 0; nsubj 2 1; root -1 2; case 4 3; obl:to 2 4; punct 2 5; advcl 2 6; compound:prt 6 7;"
        + " det 9 8; obj 6 9; punct 2 10");
    List<Event> sport = run(List.of(trophy), List.of(), List.<Object[]>of(new Object[] {0, "Wau"}));
    assertTrue(sport.stream().noneMatch(e -> e.type() == EventType.OTHER), sport.toString());
  }

  @Test
  void anEncyclopediaArticlesAftermathIsAnAsideItsLeadIsNot() {
    Sentence lead = sentence(0, 0, "Rebels/rebel/NNS seized/seize/VBD Kaga/Kaga/NNP ././.", "nsubj 1 0; root -1 1; obj 1 2; punct 1 3");
    Sentence after = sentence(18, 1, "Aftermath/aftermath/NN :/:/: the/the/DT army/army/NN retook/retake/VBD Kaga/Kaga/NNP ././.",
        "root -1 0; punct 0 1; det 3 2; nsubj 4 3; parataxis 0 4; obj 4 5; punct 0 6");
    assertTrue(ExplainerSections.isAside(List.of(lead, after), 1));
    assertTrue(!ExplainerSections.isAside(List.of(lead, after), 0));
    Sentence plain = sentence(18, 1, "Later/later/RB the/the/DT army/army/NN retook/retake/VBD Kaga/Kaga/NNP ././.",
        "advmod 3 0; det 2 1; nsubj 3 2; root -1 3; obj 3 4; punct 3 5");
    assertTrue(!ExplainerSections.isAside(List.of(lead, plain), 1));
  }

  @Test
  void anArmedGroupsDissolutionIsItsOwnChange() {
    Sentence s = sentence(0, 0, "The/the/DT 3R/3R/NNP dissolution/dissolution/NN was/be/VBD announced/announce/VBN in/in/IN"
        + " Ngaoundaye/Ngaoundaye/NNP ././.", "det 2 0; compound 2 1; nsubj:pass 4 2; aux:pass 4 3; root -1 4; case 6 5; obl:in 4 6;"
        + " punct 4 7");
    List<Event> events = run(List.of(s), List.<Object[]>of(new Object[] {0, "3R", ActorKind.REBEL}),
        List.<Object[]>of(new Object[] {0, "Ngaoundaye"}));
    Event change = events.stream().filter(e -> "Change to group/activity".equals(e.subtype())).findFirst()
        .orElseThrow(() -> new AssertionError(events.toString()));
    assertEquals("3R", change.actor().name());
    Sentence disbanding = sentence(0, 0, "It/it/PRP was/be/VBD the/the/DT disbanding/disbanding/NN of/of/IN the/the/DT group/group/NN 3R/3R/NNP"
        + " in/in/IN Ngaoundaye/Ngaoundaye/NNP ././.", "nsubj 3 0; cop 3 1; det 3 2; root -1 3; case 6 4; det 6 5; nmod:of 3 6;"
        + " appos 6 7; case 9 8; nmod:in 3 9; punct 3 10");
    List<Event> ended = run(List.of(disbanding), List.<Object[]>of(new Object[] {0, "3R", ActorKind.REBEL}),
        List.<Object[]>of(new Object[] {0, "Ngaoundaye"}));
    assertTrue(ended.stream().anyMatch(e -> "Change to group/activity".equals(e.subtype())), ended.toString());
  }
}
