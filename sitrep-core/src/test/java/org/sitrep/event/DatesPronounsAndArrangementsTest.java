package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Event;
import org.sitrep.model.EventStatus;
import org.sitrep.model.EventType;
import org.sitrep.model.Sentence;

/** Which date a noun event takes, a victim told by a pronoun, and what an agreement says is to happen. */
class DatesPronounsAndArrangementsTest {
  private static final String MINE = "On/on/IN Monday/Monday/NNP a/a/DT driver/driver/NN ran/run/VBD over/over/IN a/a/DT mine/mine/NN"
      + " left/leave/VBN by/by/IN troops/troops/NNS two/two/CD years/year/NNS ago/ago/IN near/near/IN Izium/Izium/NNP ././.";
  private static final String MINE_DEPS = "case 1 0; obl:on 4 1; det 3 2; nsubj 4 3; root -1 4; case 7 5; det 7 6; obl:over 4 7;"
      + " acl 7 8; case 10 9; obl:by 8 10; nummod 12 11; obl:ago 8 12; case 12 13; case 15 14; obl:near 8 15; punct 4 16";

  @Test
  void aMineRunOverOnMondayIsNewsThoughItWasLaidYearsAgo() {
    Event mine = EventExtractorTest.only(EventExtractorTest.runOne(MINE, MINE_DEPS, "Izium"));
    assertEquals(EventType.EXPLOSION_REMOTE_VIOLENCE, mine.type(), mine.toString());
    assertEquals("2024-12-02", mine.date().value(), mine.toString());
    // with no other date in its sentence, "two years ago" makes it history
    String undated = MINE.replace("On/on/IN Monday/Monday/NNP ", "");
    String deps = "det 1 0; nsubj 2 1; root -1 2; case 5 3; det 5 4; obl:over 2 5; acl 5 6; case 8 7; obl:by 6 8; nummod 10 9;"
        + " obl:ago 6 10; case 10 11; case 13 12; obl:near 6 13; punct 2 14";
    assertTrue(EventExtractorTest.runOne(undated, deps, "Izium").isEmpty());
  }

  @Test
  void heWasKilledCountsOneDeath() {
    Sentence storm = new SentenceBuilder(0).words("Gunmen/gunman/NNS stormed/storm/VBD a/a/DT bar/bar/NN in/in/IN Morvant/Morvant/NNP ././.")
        .deps("nsubj 1 0; root -1 1; det 3 2; obj 1 3; case 5 4; nmod:in 3 5; punct 1 6").build(0);
    Sentence killed = new SentenceBuilder(storm.text().length() + 1).words("He/he/PRP was/be/VBD killed/kill/VBN ././.")
        .deps("nsubj:pass 2 0; aux:pass 2 1; root -1 2; punct 2 3").build(1);
    List<Event> events = EventExtractorTest.run(List.of(storm, killed),
        List.of(EventExtractorTest.actor(storm, "Gunmen", "Unidentified Armed Group", ActorKind.UNKNOWN)),
        List.of(EventExtractorTest.place("Morvant", storm, "Morvant", 10.6, -61.5)));
    Event only = EventExtractorTest.only(events);
    assertEquals(1, only.fatalities().value(), events.toString());
  }

  private static final String GOMA = "Under/under/IN the/the/DT deal/deal/NN ,/,/, the/the/DT rebels/rebel/NNS %s withdraw/withdraw/VB%s"
      + " from/from/IN Goma/Goma/NNP ././.";

  /** The status of the withdrawal in a Goma sentence built from words and edges. */
  private static EventStatus withdrawal(String words, String deps) {
    Sentence s = new SentenceBuilder(0).words(words).deps(deps).build(0);
    Event only = EventExtractorTest.only(EventExtractorTest.run(List.of(s), List.of(EventExtractorTest.actor(s, "rebels", "M23", ActorKind.REBEL)),
        List.of(EventExtractorTest.place("Goma", s, "Goma", -1.68, 29.22))));
    return only.status();
  }

  @Test
  void whatTheRebelsAreToDoIsPlanned() {
    String toDeps = "case 2 0; det 2 1; obl:under 8 2; punct 8 3; det 5 4; nsubj 8 5; aux 8 6; mark 8 7; root -1 8; case 10 9;"
        + " obl:from 8 10; punct 8 11";
    assertEquals(EventStatus.PLANNED, withdrawal(String.format(GOMA, "are/be/VBP to/to/TO", ""), toDeps));
    String done = String.format(GOMA, "have/have/VBP", "n").replace("withdraw/withdraw/VBn", "withdrawn/withdraw/VBN");
    assertEquals(EventStatus.OCCURRED, withdrawal(done, "case 2 0; det 2 1; obl:under 7 2; punct 7 3; det 5 4; nsubj 7 5; aux 7 6;"
        + " root -1 7; case 9 8; obl:from 7 9; punct 7 10"));
    // "his last job was to defuse a bomb": what was to be done, told in the past, was done
    assertEquals(EventStatus.OCCURRED, withdrawal(String.format(GOMA, "were/be/VBD to/to/TO", ""), toDeps));
  }

}
