package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Event;
import org.sitrep.model.Sentence;

/** Agreements and changes to a group: between parties to a conflict, not companies or bands. */
class AgreementTriggersTest {

  @Test
  void anAgreementIsSignedByPartiesToAConflict() {
    Sentence s = new SentenceBuilder(0).words("The/the/DT government/government/NN and/and/CC the/the/DT SDF/SDF/NNP"
            + " signed/sign/VBD an/a/DT agreement/agreement/NN in/in/IN Damascus/Damascus/NNP")
        .deps("det 1 0; nsubj 5 1; cc 4 2; det 4 3; conj:and 1 4; root -1 5; det 7 6; obj 5 7; case 9 8; obl:in 5 9").build(0);
    List<Event> events = EventExtractorTest.run(List.of(s),
        List.of(EventExtractorTest.actor(s, "government", "Government of Syria", ActorKind.GOVERNMENT),
            EventExtractorTest.actor(s, "SDF", "Syrian Democratic Forces", ActorKind.REBEL)),
        List.of(EventExtractorTest.place("Damascus", s, "Damascus", 33.51, 36.29)));
    assertEquals("Agreement", EventExtractorTest.only(events).subtype());
  }

  @Test
  void childrenExchangedWhoWereAbductedAreNoNewAbduction() {
    Sentence s = new SentenceBuilder(0).words("Chiefs/chief/NNS exchanged/exchange/VBD 27/27/CD abducted/abduct/VBN children/child/NNS"
            + " in/in/IN Pibor/Pibor/NNP")
        .deps("nsubj 1 0; root -1 1; nummod 4 2; amod 4 3; obj 1 4; case 6 5; obl:in 1 6").build(0);
    List<Event> events = EventExtractorTest.run(List.of(s), List.of(EventExtractorTest.actor(s, "children", "Civilians", ActorKind.CIVILIANS)),
        List.of(EventExtractorTest.place("Pibor", s, "Pibor", 6.8, 33.13)));
    assertTrue(events.stream().noneMatch(e -> e.type() == org.sitrep.model.EventType.ATTACK_ON_CIVILIANS), events.toString());
    assertEquals("exchanged", EventExtractorTest.only(events).trigger(), events.toString());
  }

  @Test
  void aCompanysAgreementIsNoEvent() {
    List<Event> events = EventExtractorTest.runOne(
        "Ford/Ford/NNP signed/sign/VBD an/a/DT agreement/agreement/NN with/with/IN the/the/DT union/union/NN in/in/IN Detroit/Detroit/NNP",
        "nsubj 1 0; root -1 1; det 3 2; obj 1 3; case 6 4; det 6 5; obl:with 1 6; case 8 7; obl:in 1 8", "Detroit");
    assertEquals(List.of(), events);
  }

  @Test
  void factionsThatAgreeToDissolveDissolve() {
    Sentence s = new SentenceBuilder(0).words("The/the/DT factions/faction/NNS agreed/agree/VBD to/to/TO dissolve/dissolve/VB"
            + " in/in/IN Damascus/Damascus/NNP")
        .deps("det 1 0; nsubj 2 1; root -1 2; mark 4 3; xcomp 2 4; case 6 5; obl:in 4 6").build(0);
    List<Event> events = EventExtractorTest.run(List.of(s),
        List.of(EventExtractorTest.actor(s, "factions", "Militants", ActorKind.REBEL)),
        List.of(EventExtractorTest.place("Damascus", s, "Damascus", 33.51, 36.29)));
    assertEquals("dissolve", EventExtractorTest.only(events).trigger());
  }

  @Test
  void partiesToAConflictAgreeAPause() {
    Sentence s = new SentenceBuilder(0).words("Hamas/Hamas/NNP and/and/CC Israel/Israel/NNP agreed/agree/VBD a/a/DT pause/pause/NN"
            + " in/in/IN Gaza/Gaza/NNP")
        .deps("nsubj 3 0; cc 2 1; conj:and 0 2; root -1 3; det 5 4; obj 3 5; case 7 6; obl:in 3 7").build(0);
    List<Event> events = EventExtractorTest.run(List.of(s),
        List.of(EventExtractorTest.actor(s, "Hamas", "Hamas", ActorKind.TERRORIST_GROUP),
            EventExtractorTest.actor(s, "Israel", "Israel", ActorKind.FOREIGN_STATE)),
        List.of(EventExtractorTest.place("Gaza", s, "Gaza", 31.5, 34.47)));
    assertEquals("Agreement", EventExtractorTest.only(events).subtype());
  }

  @Test
  void aSplitFromAnArmedGroupIsAChangeToTheGroupButABandsIsNot() {
    String words = "Dissidents/dissident/NNS announced/announce/VBD a/a/DT split/split/NN from/from/IN the/the/DT EMC/EMC/NNP"
        + " in/in/IN Cauca/Cauca/NNP";
    String deps = "nsubj 1 0; root -1 1; det 3 2; obj 1 3; case 6 4; det 6 5; nmod:from 3 6; case 8 7; obl:in 1 8";
    Sentence s = new SentenceBuilder(0).words(words).deps(deps).build(0);
    List<Event> events = EventExtractorTest.run(List.of(s),
        List.of(EventExtractorTest.actor(s, "EMC", "Estado Mayor Central", ActorKind.REBEL)),
        List.of(EventExtractorTest.place("Cauca", s, "Cauca", 2.5, -76.8)));
    assertTrue(events.stream().anyMatch(e -> "Change to group/activity".equals(e.subtype())), events.toString());
    Sentence band = new SentenceBuilder(0).words(words.replace("EMC/EMC/NNP", "label/label/NN")).deps(deps).build(0);
    List<Event> none = EventExtractorTest.run(List.of(band), List.of(),
        List.of(EventExtractorTest.place("Cauca", band, "Cauca", 2.5, -76.8)));
    assertEquals(List.of(), none);
  }

  @Test
  void aGroupThatSplitsIsTheActorOfTheSplit() {
    // as parsed: "split" a noun at the root, the group its subject, no place named
    Sentence s = new SentenceBuilder(0).words("The/the/DT EMC/EMC/NNP ,/,/, a/a/DT rebel/rebel/NN group/group/NN ,/,/,"
            + " split/split/NN on/on/IN Tuesday/Tuesday/NNP")
        .deps("det 1 0; nsubj 7 1; punct 1 2; det 5 3; compound 5 4; appos 1 5; punct 1 6; root -1 7; case 9 8; obl:on 7 9").build(0);
    List<Event> events = EventExtractorTest.run(List.of(s),
        List.of(EventExtractorTest.actor(s, "EMC", "Estado Mayor Central", ActorKind.REBEL)), List.of());
    Event split = EventExtractorTest.only(events);
    assertEquals("Change to group/activity", split.subtype());
    assertEquals("Estado Mayor Central", split.actor().name());
  }

  @Test
  void factionsThatAnnounceTheDissolutionOfTheirGroupsChangeButABoardDissolvedDoesNot() {
    String deps = "det 1 0; nsubj 2 1; root -1 2; det 4 3; obj 2 4; case 7 5; nmod:poss 7 6; nmod:of 4 7; case 9 8; obl:in 2 9";
    Sentence s = new SentenceBuilder(0).words("The/the/DT factions/faction/NNS announced/announce/VBD the/the/DT"
        + " dissolution/dissolution/NN of/of/IN their/their/PRP$ groups/group/NNS in/in/IN Damascus/Damascus/NNP").deps(deps).build(0);
    List<Event> events = EventExtractorTest.run(List.of(s),
        List.of(EventExtractorTest.actor(s, "factions", "Syrian armed factions", ActorKind.REBEL)),
        List.of(EventExtractorTest.place("Damascus", s, "Damascus", 33.51, 36.29)));
    assertTrue(events.stream().anyMatch(e -> "Change to group/activity".equals(e.subtype())), events.toString());
    assertEquals(List.of(), EventExtractorTest.runOne("The/the/DT company/company/NN announced/announce/VBD the/the/DT"
        + " dissolution/dissolution/NN of/of/IN its/its/PRP$ board/board/NN in/in/IN Damascus/Damascus/NNP", deps, "Damascus"));
  }

  /** "Claim: The Houthis ... agreed to swap prisoners. Our check: the deal signed in Muscat ...": the deal is the parties'. */
  private static List<Event> dealAfter(String before, String beforeDeps, boolean armed) {
    Sentence first = new SentenceBuilder(0).words(before).deps(beforeDeps).build(0);
    Sentence deal = new SentenceBuilder(first.text().length() + 1).words("The/the/DT deal/deal/NN was/be/VBD signed/sign/VBN in/in/IN"
        + " Muscat/Muscat/NNP ././.").deps("det 1 0; nsubj:pass 3 1; aux:pass 3 2; root -1 3; case 5 4; obl:in 3 5; punct 3 6").build(1);
    List<org.sitrep.actor.ActorMention> actors = armed
        ? List.of(EventExtractorTest.actor(first, "Houthis", "Houthis", ActorKind.REBEL)) : List.of();
    return EventExtractorTest.run(List.of(first, deal), actors, List.of(EventExtractorTest.place("Muscat", deal, "Muscat", 23.6, 58.6)));
  }

  @Test
  void aDealSignedJustAfterAnArmedGroupIsNamedIsTheirAgreement() {
    String deps = "det 1 0; nsubj 2 1; root -1 2; obj 2 3; punct 2 4";
    List<Event> houthis = dealAfter("The/the/DT Houthis/Houthis/NNPS freed/free/VBD prisoners/prisoner/NNS ././.", deps, true);
    assertTrue(houthis.stream().anyMatch(e -> "Agreement".equals(e.subtype())), houthis.toString());
    List<Event> firms = dealAfter("The/the/DT firms/firm/NNS cut/cut/VBD prices/price/NNS ././.", deps, false);
    assertTrue(firms.stream().noneMatch(e -> "Agreement".equals(e.subtype())), firms.toString());
  }

  @Test
  void twoSidesAgreeingToHaltAttacksIsAnAgreementNotAChange() {
    String words = "The/the/DT army/army/NN and/and/CC the/the/DT rebels/rebel/NNS agreed/agree/VBD to/to/TO %s attacks/attack/NNS"
        + " in/in/IN Darfur/Darfur/NNP ././.";
    String deps = "det 1 0; nsubj 5 1; nsubj:xsubj 7 1; cc 4 2; det 4 3; conj:and 1 4; nsubj 5 4; nsubj:xsubj 7 4; root -1 5; mark 7 6;"
        + " xcomp 5 7; obj 7 8; case 10 9; nmod:in 8 10; punct 5 11";
    Sentence halt = new SentenceBuilder(0).words(String.format(words, "halt/halt/VB")).deps(deps).build(0);
    List<Event> events = EventExtractorTest.run(List.of(halt),
        List.of(EventExtractorTest.actor(halt, "army", "Military Forces of Sudan", ActorKind.STATE_MILITARY),
            EventExtractorTest.actor(halt, "rebels", "Rebels", ActorKind.REBEL)),
        List.of(EventExtractorTest.place("Darfur", halt, "Darfur", 13.0, 25.0)));
    assertEquals("Agreement", EventExtractorTest.only(events).subtype(), events.toString());
  }
}
