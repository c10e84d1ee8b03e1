package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.actor.ActorMention;
import org.sitrep.geo.PlaceMention;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Event;
import org.sitrep.model.EventStatus;
import org.sitrep.model.EventType;
import org.sitrep.model.Sentence;

/**
 * Modals shared by coordinated verbs, relative clauses with a status of their own, pronouns for the people shot,
 * the dead that are no arrest's, spans opened by "since", and triggers letters and press reviews use.
 */
class ModalScopeAndPronounVictimsTest {
  private static List<Event> run(String words, String deps, List<String[]> actors, String... places) {
    Sentence s = new SentenceBuilder(0).words(words).deps(deps).build(0);
    List<ActorMention> mentions = new ArrayList<>();
    for (String[] a : actors) {
      mentions.add(EventExtractorTest.actor(s, a[0], a[1], ActorKind.valueOf(a[2])));
    }
    List<PlaceMention> found = new ArrayList<>();
    for (String p : places) {
      found.add(EventExtractorTest.place(p, s, p, 35.0, 38.0));
    }
    return EventExtractorTest.run(List.of(s), mentions, found);
  }

  private static List<String[]> actor(String words, String kind) {
    return List.<String[]>of(new String[] {words, words, kind});
  }

  @Test
  void aBareVerbCoordinatedWithAModalVerbSharesItsModal() {
    String deps = "det 1 0; nsubj 3 1; nsubj 5 1; aux 3 2; root -1 3; cc 5 4; conj:and 3 5; nmod:poss 7 6; obj 5 7; case 10 8;"
        + " det 10 9; obl:to 5 10; punct 3 11";
    List<Event> must = run("Both/both/DT sides/side/NNS must/must/MD withdraw/withdraw/VB and/and/CC hand/hand/VB their/they/PRP$"
        + " checkpoints/checkpoint/NNS to/to/IN the/the/DT police/police/NNS ././.", deps, actor("police", "STATE_POLICE"));
    assertTrue(must.stream().noneMatch(e -> e.status().counted()), must.toString());
    List<Event> did = run("Both/both/DT sides/side/NNS had/have/VBD withdrawn/withdraw/VBN and/and/CC handed/hand/VBD their/they/PRP$"
        + " checkpoints/checkpoint/NNS to/to/IN the/the/DT police/police/NNS ././.", deps.replace("aux 3 2", "aux 3 2"),
        actor("police", "STATE_POLICE"));
    assertTrue(did.stream().anyMatch(e -> "handed".equals(e.trigger()) && e.status() == EventStatus.OCCURRED), did.toString());
  }

  @Test
  void aRelativeClauseIsNotAskedWhatItTells() {
    List<Event> left = run("Ask/ask/VB the/the/DT 2,300/2300/CD people/people/NNS who/who/WP left/leave/VBD Myrnohrad/Myrnohrad/NNP ././.",
        "root -1 0; det 3 1; nummod 3 2; obj 0 3; ref 3 4; nsubj 5 3; acl:relcl 3 5; obj 5 6; punct 0 7", List.of(), "Myrnohrad");
    assertTrue(left.stream().anyMatch(e -> e.type() == EventType.DISPLACEMENT && e.status() == EventStatus.OCCURRED), left.toString());
    List<Event> asked = run("Ask/ask/VB the/the/DT 2,300/2300/CD people/people/NNS to/to/TO leave/leave/VB Myrnohrad/Myrnohrad/NNP ././.",
        "root -1 0; det 3 1; nummod 3 2; obj 0 3; mark 5 4; xcomp 0 5; nsubj:xsubj 5 3; obj 5 6; punct 0 7", List.of(), "Myrnohrad");
    assertTrue(asked.stream().noneMatch(e -> e.status() == EventStatus.OCCURRED), asked.toString());
  }

  @Test
  void shotThemShootsPeopleButShotItShootsNoOne() {
    String words = "Gunmen/gunman/NNS tied/tie/VBD up/up/RP the/the/DT men/man/NNS and/and/CC shot/shoot/VBD %s/%s/PRP ././.";
    String deps = "nsubj 1 0; nsubj 6 0; root -1 1; compound:prt 1 2; det 4 3; obj 1 4; cc 6 5; conj:and 1 6; obj 6 7; punct 1 8";
    List<Event> them = run(String.format(words, "them", "they"), deps, actor("Gunmen", "UNKNOWN"));
    assertTrue(them.stream().anyMatch(e -> "shot".equals(e.trigger()) && e.type() == EventType.ATTACK_ON_CIVILIANS), them.toString());
    List<Event> it = run(String.format(words, "it", "it"), deps, actor("Gunmen", "UNKNOWN"));
    assertTrue(it.stream().noneMatch(e -> "shot".equals(e.trigger())), it.toString());
  }

  @Test
  void theDeadOfAKillingAreNoArrestsEvenWhenMenWereRoundedUp() {
    Sentence s = new SentenceBuilder(0).words("Gunmen/gunman/NNS killed/kill/VBD 28/28/CD civilians/civilian/NNS in/in/IN"
        + " Seytenga/Seytenga/NNP ,/,/, rounding/round/VBG up/up/RP men/man/NNS at/at/IN the/the/DT market/market/NN ././.")
        .deps("nsubj 1 0; root -1 1; nummod 3 2; obj 1 3; case 5 4; obl:in 1 5; punct 1 6; advcl 1 7; compound:prt 7 8; obj 7 9;"
            + " case 12 10; det 12 11; obl:at 7 12; punct 1 13").build(0);
    List<Event> events = EventExtractorTest.run(List.of(s),
        List.of(EventExtractorTest.actor(s, "Gunmen", "Gunmen", ActorKind.UNKNOWN), EventExtractorTest.civilians(s, "civilians")),
        List.of(EventExtractorTest.place("Seytenga", s, "Seytenga", 14.0, 0.5)));
    assertTrue(events.stream().noneMatch(e -> e.type() == EventType.ARREST && e.fatalities() != null), events.toString());
    assertTrue(events.stream().anyMatch(e -> e.type() == EventType.ATTACK_ON_CIVILIANS && e.fatalities() != null
        && e.fatalities().value() == 28), events.toString());
  }

  @Test
  void sinceAYearOpensASpanUpToNowAndMakesNoHistory() {
    String words = "Army/army/NN units/unit/NNS took/take/VBD over/over/RP Sinjar/Sinjar/NNP ,/,/, which/which/WDT the/the/DT"
        + " militia/militia/NN has/have/VBZ held/hold/VBN %s/%s/IN 2017/2017/CD ././.";
    String deps = "compound 1 0; nsubj 2 1; root -1 2; compound:prt 2 3; obj 2 4; punct 4 5; ref 4 6; det 8 7; nsubj 10 8; aux 10 9;"
        + " acl:relcl 4 10; obj 10 4; case 12 11; obl:%s 10 12; punct 2 13";
    List<Event> since = run(String.format(words, "since", "since"), String.format(deps, "since"), actor("Army units", "STATE_MILITARY"),
        "Sinjar");
    assertTrue(since.stream().anyMatch(e -> e.type() == EventType.TERRITORY_CAPTURED), since.toString());
    List<Event> in = run(String.format(words, "in", "in"), String.format(deps, "in"), actor("Army units", "STATE_MILITARY"), "Sinjar");
    assertTrue(in.stream().noneMatch(e -> e.type() == EventType.TERRITORY_CAPTURED), "a take-over dated 2017 is history: " + in);
  }

  @Test
  void aStateOfEmergencyIsDeclaredByTheSubjectOfDeclare() {
    List<Event> events = run("Peru/Peru/NNP 's/'s/POS government/government/NN declared/declare/VBD a/a/DT state/state/NN of/of/IN"
        + " emergency/emergency/NN in/in/IN Pataz/Pataz/NNP ././.", "nmod:poss 2 0; case 0 1; nsubj 3 2; root -1 3; det 5 4; obj 3 5;"
        + " case 7 6; nmod:of 5 7; case 9 8; nmod:in 5 9; punct 3 10", actor("Peru 's government", "GOVERNMENT"), "Pataz");
    Event emergency = events.stream().filter(e -> "state of emergency".equals(e.trigger())).findFirst().orElseThrow(() -> new AssertionError(events));
    assertEquals("Peru 's government", emergency.actor().name());
  }

  @Test
  void firingIntoACrowdIsAnAttackFiringIntoTheAirNone() {
    String deps = "nsubj 1 0; root -1 1; case 4 2; det 4 3; obl:into 1 4; case 6 5; obl:in 1 6; punct 1 7";
    String words = "Soldiers/soldier/NNS fired/fire/VBD into/into/IN the/the/DT %s/%s/NN in/in/IN Moundou/Moundou/NNP ././.";
    Sentence crowd = new SentenceBuilder(0).words(String.format(words, "crowd", "crowd")).deps(deps).build(0);
    List<Event> shot = EventExtractorTest.run(List.of(crowd), List.of(EventExtractorTest.actor(crowd, "Soldiers", "Soldiers",
        ActorKind.STATE_MILITARY), EventExtractorTest.civilians(crowd, "crowd")), List.of(EventExtractorTest.place("Moundou", crowd, "Moundou", 8.6, 16.1)));
    assertTrue(shot.stream().anyMatch(e -> "fired into".equals(e.trigger()) && e.type() == EventType.ATTACK_ON_CIVILIANS), shot.toString());
    List<Event> air = run(String.format(words, "air", "air"), deps, actor("Soldiers", "STATE_MILITARY"), "Moundou");
    assertTrue(air.stream().noneMatch(e -> e.trigger().startsWith("fired")), air.toString());
  }

  @Test
  void busesSetOnFireAreDestroyedProperty() {
    List<Event> events = run("21/21/CD buses/bus/NNS were/be/VBD set/set/VBN on/on/IN fire/fire/NN in/in/IN Manaus/Manaus/NNP ././.",
        "nummod 1 0; nsubj:pass 3 1; aux:pass 3 2; root -1 3; case 5 4; obl:on 3 5; case 7 6; obl:in 3 7; punct 3 8", List.of(), "Manaus");
    assertTrue(events.stream().anyMatch(e -> "Looting/property destruction".equals(e.subtype())), events.toString());
  }

  @Test
  void peopleComingDownFromTheHillsAreDisplacedPricesAreNot() {
    List<Event> people = run("470/470/CD people/people/NNS have/have/VBP come/come/VBN down/down/RP from/from/IN the/the/DT"
        + " sierra/sierra/NN to/to/IN Altamirano/Altamirano/NNP ././.", "nummod 1 0; nsubj 3 1; aux 3 2; root -1 3; compound:prt 3 4;"
        + " case 7 5; det 7 6; obl:from 3 7; case 9 8; obl:to 3 9; punct 3 10", List.of(), "Altamirano");
    Event d = people.stream().filter(e -> e.type() == EventType.DISPLACEMENT).findFirst().orElseThrow(() -> new AssertionError(people));
    assertEquals(470, d.displaced().value());
    List<Event> prices = run("Prices/price/NNS have/have/VBP come/come/VBN down/down/RP in/in/IN Altamirano/Altamirano/NNP ././.",
        "nsubj 2 0; aux 2 1; root -1 2; compound:prt 2 3; case 5 4; obl:in 2 5; punct 2 6", List.of(), "Altamirano");
    assertTrue(prices.stream().noneMatch(e -> e.type() == EventType.DISPLACEMENT), prices.toString());
  }

  @Test
  void aGroupReplacingItsLeaderChangesTheGroup() {
    String deps = "compound 1 0; nsubj 2 1; root -1 2; nmod:poss 4 3; obj 2 4; punct 2 5";
    List<Event> leader = run("Islamic/Islamic/NNP State/State/NNP replaced/replace/VBD its/its/PRP$ leader/leader/NN ././.", deps,
        actor("Islamic State", "TERRORIST_GROUP"));
    assertTrue(leader.stream().anyMatch(e -> "Change to group/activity".equals(e.subtype())), leader.toString());
    List<Event> tyres = run("Islamic/Islamic/NNP State/State/NNP replaced/replace/VBD its/its/PRP$ tyres/tyre/NNS ././.", deps,
        actor("Islamic State", "TERRORIST_GROUP"));
    assertTrue(tyres.stream().noneMatch(e -> "replaced".equals(e.trigger())), tyres.toString());
  }

  @Test
  void forcesWhoEnterAVillageToRapeItsWomenDidNotTakeIt() {
    Sentence s = new SentenceBuilder(0).words("Soldiers/soldier/NNS entered/enter/VBD Morsak/Morsak/NNP and/and/CC raped/rape/VBD"
        + " six/six/CD women/woman/NNS ././.").deps("nsubj 1 0; nsubj 4 0; root -1 1; obj 1 2; cc 4 3; conj:and 1 4; nummod 6 5;"
        + " obj 4 6; punct 1 7").build(0);
    List<Event> raped = EventExtractorTest.run(List.of(s), List.of(EventExtractorTest.actor(s, "Soldiers", "Soldiers",
        ActorKind.STATE_MILITARY), EventExtractorTest.civilians(s, "women")), List.of(EventExtractorTest.place("Morsak", s, "Morsak", 4.1, 30.7)));
    assertTrue(raped.stream().noneMatch(e -> e.type() == EventType.TERRITORY_CAPTURED), raped.toString());
    assertTrue(raped.stream().anyMatch(e -> "Sexual violence".equals(e.subtype())), raped.toString());
    List<Event> entered = run("Soldiers/soldier/NNS entered/enter/VBD Morsak/Morsak/NNP ././.", "nsubj 1 0; root -1 1; obj 1 2; punct 1 3",
        actor("Soldiers", "STATE_MILITARY"), "Morsak");
    assertTrue(entered.stream().anyMatch(e -> e.type() == EventType.TERRITORY_CAPTURED), entered.toString());
  }

  @Test
  void anExplainersAsideRanksAfterWhatHappened() {
    assertTrue(ExplainerSections.isAsideQuestion("What happens next?"));
    assertTrue(ExplainerSections.isAsideQuestion("Why does it matter?"));
    assertTrue(!ExplainerSections.isAsideQuestion("What happened?"));
    List<Event> aside = explainer("What/what/WP happens/happen/VBZ next/next/RB ?/?/.");
    assertTrue(confidence(aside, "threw") > confidence(aside, "curfew"), aside.toString());
    List<Event> answer = explainer("What/what/WP did/do/VBD they/they/PRP do/do/VB ?/?/.");
    assertTrue(confidence(answer, "threw") <= confidence(answer, "curfew"), "no aside, the curfew keeps its rank: " + answer);
  }

  private static double confidence(List<Event> events, String trigger) {
    return events.stream().filter(e -> trigger.equals(e.trigger())).findFirst().orElseThrow(() -> new AssertionError(events)).confidence();
  }

  /** "What happened? Gunmen threw a grenade at a patrol in Duran. QUESTION The government imposed a curfew in Duran." */
  private static List<Event> explainer(String question) {
    Sentence asked = new SentenceBuilder(0).words("What/what/WP happened/happen/VBD ?/?/.").deps("nsubj 1 0; root -1 1; punct 1 2").build(0);
    Sentence grenade = new SentenceBuilder(asked.end() + 1).words("Gunmen/gunman/NNS threw/throw/VBD a/a/DT grenade/grenade/NN at/at/IN"
        + " a/a/DT patrol/patrol/NN in/in/IN Duran/Duran/NNP ././.").deps("nsubj 1 0; root -1 1; det 3 2; obj 1 3; case 6 4; det 6 5;"
        + " obl:at 1 6; case 8 7; obl:in 1 8; punct 1 9").build(1);
    int words = question.split(" ").length;
    Sentence next = new SentenceBuilder(grenade.end() + 1).words(question)
        .deps(words == 4 ? "nsubj 1 0; root -1 1; advmod 1 2; punct 1 3" : "obj 3 0; aux 3 1; nsubj 3 2; root -1 3; punct 3 4").build(2);
    Sentence curfew = new SentenceBuilder(next.end() + 1).words("The/the/DT government/government/NN imposed/impose/VBD a/a/DT"
        + " curfew/curfew/NN in/in/IN Duran/Duran/NNP ././.").deps("det 1 0; nsubj 2 1; root -1 2; det 4 3; obj 2 4; case 6 5; obl:in 2 6;"
        + " punct 2 7").build(3);
    return EventExtractorTest.run(List.of(asked, grenade, next, curfew),
        List.of(EventExtractorTest.actor(grenade, "Gunmen", "Gunmen", ActorKind.UNKNOWN),
            EventExtractorTest.actor(curfew, "government", "government", ActorKind.GOVERNMENT)),
        List.of(EventExtractorTest.place("Duran", grenade, "Duran", -2.2, -79.8), EventExtractorTest.place("Duran", curfew, "Duran", -2.2, -79.8)));
  }

  @Test
  void fightingAnAssessmentCallsPossibleHasNotHappened() {
    String words = "fighting/fighting/NN between/between/IN the/the/DT Radaa/Radaa/NNP and/and/CC the/the/DT brigade/brigade/NN is/be/VBZ"
        + " %s/%s/JJ in/in/IN Tripoli/Tripoli/NNP ././.";
    String deps = "nsubj 8 0; case 3 1; det 3 2; nmod:between 0 3; cc 6 4; det 6 5; conj:and 3 6; cop 8 7; root -1 8; case 10 9;"
        + " obl:in 8 10; punct 8 11";
    List<Event> possible = run(String.format(words, "possible", "possible"), deps, actor("Radaa", "MILITIA"), "Tripoli");
    assertTrue(possible.stream().noneMatch(e -> e.type() == EventType.BATTLE && e.status().counted()), possible.toString());
    List<Event> heavy = run(String.format(words, "heavy", "heavy"), deps, actor("Radaa", "MILITIA"), "Tripoli");
    assertTrue(heavy.stream().anyMatch(e -> e.type() == EventType.BATTLE && e.status().counted()), heavy.toString());
  }
}
