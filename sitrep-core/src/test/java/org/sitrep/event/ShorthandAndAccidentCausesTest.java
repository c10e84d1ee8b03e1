package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.Sentence;

/**
 * Posts' shorthand ("w/o a fight", "80 yrs ago today"), cars that ram convoys, and the words that make conflict verbs
 * harmless: the cause of a blast, what a resort deploys, who is struck by an impression.
 */
class ShorthandAndAccidentCausesTest {
  private static List<Event> one(String words, String deps, String place) {
    return EventExtractorTest.runOne(words, deps, place);
  }

  @Test
  void shorthandReadsAsTheWordItStandsFor() {
    Sentence s = new SentenceBuilder(0).words("fighters/fighter/NNS walked/walk/VBD in/in/RP w/w/NN ////, o/o/IN a/a/DT fight/fight/NN"
        + " 80/80/CD yrs/yr/NNS").deps("nsubj 1 0; root -1 1").build(0);
    List<Set<String>> words = SentenceWords.of(s);
    assertTrue(words.get(5).contains("without"), words.toString());
    assertTrue(words.get(9).contains("years"), words.toString());
    assertTrue(!words.get(3).contains("without") && !words.get(1).contains("without"), words.toString());
  }

  @Test
  void anAnniversaryTodayRemembersTheBattle() {
    String deps = "nummod 1 0; obl:npmod 2 1; advmod 8 2; obl:tmod 8 3; det 5 4; nsubj 8 5; case 7 6; nmod:at 5 7; root -1 8; punct 8 9";
    List<Event> remembered = one("80/80/CD yrs/yr/NNS ago/ago/RB today/today/NN the/the/DT battle/battle/NN at/at/IN Kohima/Kohima/NNP"
        + " ended/end/VBD ././.", deps, "Kohima");
    assertTrue(remembered.isEmpty(), remembered.toString());
    List<Event> news = one("After/after/IN two/two/CD days/day/NNS ,/,/, today/today/NN the/the/DT battle/battle/NN at/at/IN"
        + " Kohima/Kohima/NNP ended/end/VBD ././.", "case 2 0; nummod 2 1; obl:after 9 2; punct 9 3; obl:tmod 9 4; det 6 5; nsubj 9 6;"
        + " case 8 7; nmod:at 6 8; root -1 9; punct 9 10", "Kohima");
    assertTrue(news.stream().anyMatch(e -> "battle".equals(e.trigger())), news.toString());
  }

  @Test
  void aSuicideCarBomberRamsAConvoyButALawIsRammedThroughNoOne() {
    List<Event> convoy = one("A/a/DT suicide/suicide/NN car/car/NN bomber/bomber/NN rammed/ram/VBD a/a/DT convoy/convoy/NN near/near/IN"
        + " Dera/Dera/NNP ././.", "det 3 0; compound 3 1; compound 3 2; nsubj 4 3; root -1 4; det 6 5; obj 4 6; case 8 7; obl:near 4 8;"
        + " punct 4 9", "Dera");
    assertTrue(convoy.stream().anyMatch(e -> "Suicide bomb".equals(e.subtype())), convoy.toString());
    List<Event> bill = one("Ministers/minister/NNS rammed/ram/VBD the/the/DT law/law/NN through/through/RP in/in/IN Dera/Dera/NNP ././.",
        "nsubj 1 0; root -1 1; det 3 2; obj 1 3; compound:prt 1 4; case 6 5; obl:in 1 6; punct 1 7", "Dera");
    assertTrue(bill.isEmpty(), bill.toString());
  }

  @Test
  void aBlastCausedByAFaultyValveIsAnAccident() {
    String words = "A/a/DT %s caused/cause/VBD the/the/DT explosion/explosion/NN in/in/IN Leeds/Leeds/NNP ././.";
    String deps = "det 2 0; amod 2 1; nsubj 3 2; root -1 3; det 5 4; obj 3 5; case 7 6; nmod:in 5 7; punct 3 8";
    List<Event> valve = one(String.format(words, "faulty/faulty/JJ valve/valve/NN"), deps, "Leeds");
    assertTrue(valve.isEmpty(), valve.toString());
    List<Event> drone = one(String.format(words, "Russian/Russian/JJ drone/drone/NN"), deps, "Leeds");
    assertTrue(drone.stream().anyMatch(e -> "explosion".equals(e.trigger())), drone.toString());
  }

  @Test
  void resortsDeployBarriersNotForces() {
    String deps = "nsubj 1 0; root -1 1; amod 3 2; obj 1 3; case 5 4; obl:in 1 5; punct 1 6";
    List<Event> barriers = one("Resorts/resort/NNS deployed/deploy/VBD floating/float/VBG barriers/barrier/NNS in/in/IN Cancun/Cancun/NNP ././.",
        deps, "Cancun");
    assertTrue(barriers.isEmpty(), barriers.toString());
    List<Event> troops = one("Mexico/Mexico/NNP deployed/deploy/VBD more/more/JJR troops/troop/NNS in/in/IN Cancun/Cancun/NNP ././.",
        deps, "Cancun");
    assertTrue(troops.stream().anyMatch(e -> "deployed".equals(e.trigger())), troops.toString());
  }

  @Test
  void aWriterStruckByAPlaceSawNoStrike() {
    List<Event> writer = one("Standing/stand/VBG ,/,/, I/I/PRP was/be/VBD struck/strike/VBN at/at/IN Verdun/Verdun/NNP ././.",
        "advcl 4 0; punct 4 1; nsubj:pass 4 2; aux:pass 4 3; root -1 4; case 6 5; obl:at 4 6; punct 4 7", "Verdun");
    assertTrue(writer.isEmpty(), writer.toString());
    List<Event> convoy = one("A/a/DT convoy/convoy/NN was/be/VBD struck/strike/VBN at/at/IN Verdun/Verdun/NNP ././.",
        "det 1 0; nsubj:pass 3 1; aux:pass 3 2; root -1 3; case 5 4; obl:at 3 5; punct 3 6", "Verdun");
    assertTrue(convoy.stream().anyMatch(e -> "struck".equals(e.trigger())), convoy.toString());
  }
}
