package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.event.EventExtractorTest.actor;
import static org.sitrep.event.EventExtractorTest.place;
import static org.sitrep.event.EventExtractorTest.run;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.actor.ActorMention;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Event;
import org.sitrep.model.Sentence;

/** Tolls as monitors word them, on hand-built parses (some with the parser's own attachments). */
class CasualtyWordsTest {
  /** The first event's toll in a hand-built text with Idlib as its place and {@code armed} (words of it, or null) an armed group. */
  private static Integer toll(String words, String deps, String armed) {
    Sentence s = new SentenceBuilder(0).words(words).deps(deps).build(0);
    List<ActorMention> actors = armed == null ? List.of() : List.of(actor(s, armed, "Islamic State", ActorKind.TERRORIST_GROUP));
    List<Event> events = run(List.of(s), actors, List.of(place("Idlib", s, "Idlib", 35.93, 36.63)));
    return events.isEmpty() || events.get(0).fatalities() == null ? null : (int) events.get(0).fatalities().value();
  }

  private static Integer toll(String words, String deps) {
    return toll(words, deps, null);
  }

  @Test
  void aFigureOfPeopleRightAfterTheVerbIsTheTollWhenTheParserAttachedItElsewhere() {
    // CoreNLP: "of 8 citizens" hangs on "family" in "... most of them are from one family"
    assertEquals(8, toll("Massacre/massacre/NN in/in/IN Idlib/Idlib/NNP claims/claim/VBZ the/the/DT lives/life/NNS of/of/IN 8/8/CD citizens/citizen/NNS most/most/JJS are/be/VBP from/from/IN one/one/CD family/family/NN",
        "nsubj 3 0; case 2 1; nmod:in 0 2; root -1 3; det 5 4; obj 3 5; case 8 6; nummod 8 7; obl:of 13 8; nsubj 13 9; cop 13 10; case 13 11; nummod 13 12; acl:relcl 5 13"));
  }

  @Test
  void peopleWhoAreTheVictimsOfAMassacreAreItsDead() {
    assertEquals(15, toll("15/15/CD children/child/NNS are/be/VBP the/the/DT victims/victim/NNS of/of/IN a/a/DT massacre/massacre/NN"
            + " in/in/IN Idlib/Idlib/NNP",
        "nummod 1 0; nsubj 4 1; cop 4 2; det 4 3; root -1 4; case 7 5; det 7 6; nmod:of 4 7; case 9 8; nmod:in 7 9"));
  }

  @Test
  void victimsOfAFloodAreNoVerblessLossReport() {
    // the copula makes "victims" no headline noun: a placed "Casualties in Idlib" is a monitor's report, this is not
    assertEquals(null, toll("Thousands/thousand/NNS of/of/IN people/person/NNS were/be/VBD victims/victim/NNS of/of/IN the/the/DT"
            + " flood/flood/NN in/in/IN Idlib/Idlib/NNP",
        "det:qmod 2 0; fixed 0 1; nsubj 4 2; cop 4 3; root -1 4; case 7 5; det 7 6; nmod:of 4 7; case 9 8; nmod:in 7 9"));
  }

  @Test
  void shellsThatLeaveMartyrsAreAStrikeWithItsDead() {
    assertEquals(4, toll("Shells/shell/NNS left/leave/VBD 4/4/CD martyrs/martyr/NNS in/in/IN Idlib/Idlib/NNP",
        "nsubj 1 0; root -1 1; nummod 3 2; obj 1 3; case 5 4; obl:in 1 5"));
  }

  @Test
  void theKillingOfMembersCountsThemAndSoDoesSlaying() {
    String killing = "The/the/DT killing/killing/NN of/of/IN 9/9/CD members/member/NNS of/of/IN ISIS/ISIS/NNP in/in/IN Idlib/Idlib/NNP";
    String killingDeps = "det 1 0; root -1 1; case 4 2; nummod 4 3; nmod:of 1 4; case 6 5; nmod:of 4 6; case 8 7; nmod:in 1 8";
    assertEquals(9, toll(killing, killingDeps, "ISIS"));
    String slay = "ISIS/ISIS/NNP cells/cell/NNS slay/slay/VBP 3/3/CD members/member/NNS in/in/IN Idlib/Idlib/NNP";
    assertEquals(3, toll(slay, "compound 1 0; nsubj 2 1; root -1 2; nummod 4 3; obj 2 4; case 6 5; obl:in 2 6", "ISIS cells"));
  }

  @Test
  void fightersLostAreDeadButCustomersLostAreNot() {
    String lost = "ISIS/ISIS/NNP loses/lose/VBZ 10/10/CD fighters/fighter/NNS in/in/IN Idlib/Idlib/NNP";
    assertEquals(10, toll(lost, "nsubj 1 0; root -1 1; nummod 3 2; obj 1 3; case 5 4; obl:in 1 5", "fighters"));
    assertEquals(null, toll("Shops/shop/NNS lose/lose/VBP 10/10/CD customers/customer/NNS in/in/IN Idlib/Idlib/NNP",
        "nsubj 1 0; root -1 1; nummod 3 2; obj 1 3; case 5 4; obl:in 1 5"));
  }

  @Test
  void aTollRaisedToAFigureCountsTheFigureThatHangsOnTheVerb() {
    // CoreNLP: "to 11" is the verb's obl:to, not a dependent of "toll"
    assertEquals(11, toll("More/more/JJR casualties/casualty/NNS raise/raise/VBP the/the/DT death/death/NN toll/toll/NN to/to/IN 11/11/CD in/in/IN strikes/strike/NNS on/on/IN Idlib/Idlib/NNP",
        "amod 1 0; nsubj 2 1; root -1 2; det 5 3; compound 5 4; obj 2 5; case 7 6; obl:to 2 7; case 9 8; obl:in 2 9; case 11 10; nmod:on 9 11"));
  }

  @Test
  void aSoldierWhoSustainedInjuriesIsWounded() {
    var fight = new SentenceBuilder(0).words("Troops/troop/NNS repelled/repel/VBD bandits/bandit/NNS in/in/IN Tsafe/Tsafe/NNP ././.")
        .deps("nsubj 1 0; root -1 1; obj 1 2; case 4 3; obl:in 1 4; punct 1 5").build(0);
    var hurt = new SentenceBuilder(fight.text().length() + 1).words("One/one/CD soldier/soldier/NN sustained/sustain/VBD injuries/injury/NNS ././.")
        .deps("nummod 1 0; nsubj 2 1; root -1 2; obj 2 3; punct 2 4").build(1);
    var events = EventExtractorTest.run(List.of(fight, hurt),
        List.of(EventExtractorTest.actor(fight, "Troops", "Military Forces of Nigeria", ActorKind.STATE_MILITARY),
            EventExtractorTest.actor(hurt, "soldier", "Military Forces of Nigeria", ActorKind.STATE_MILITARY)),
        List.of(EventExtractorTest.place("Tsafe", fight, "Tsafe", 11.96, 6.92)));
    Event e = EventExtractorTest.only(events);
    assertEquals(1, e.injured().value(), events.toString());
  }

  @Test
  void aChlorineAttackIsAnchoredInWarByItsAgent() {
    var events = EventExtractorTest.runOne("A/a/DT chlorine/chlorine/NN attack/attack/NN hit/hit/VBD Douma/Douma/NNP",
        "det 2 0; compound 2 1; nsubj 3 2; root -1 3; obj 3 4", "Douma");
    assertEquals("Chemical weapon", EventExtractorTest.only(events).subtype());
  }
}
