package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Dependency;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Sentence;

/** Reported clauses and arrivals as CoreNLP parses them: "Officials said 7,500 people ... have been moved to shelters". */
class ReportedClauseRepairTest {
  private static final String WORDS = "Officials/official/NNS %s/%s/VBD 7,500/7500/CD people/person/NNS from/from/IN Black/Black/NNP"
      + " River/River/NNP have/have/VBP been/be/VBN moved/move/VBN to/to/IN shelters/shelter/NNS in/in/IN Mandeville/Mandeville/NNP ././.";
  private static final String DEPS = "nsubj 1 0; root -1 1; nummod 3 2; obj 1 3; case 6 4; compound 6 5; obl:from 1 6; aux 9 7;"
      + " aux:pass 9 8; dep 1 9; case 11 10; obl:to 9 11; case 13 12; obl:in 9 13; punct 1 14";

  private static Sentence sentence(String verb, String lemma) {
    return new SentenceBuilder(0).words(String.format(WORDS, verb, lemma)).deps(DEPS).build(0);
  }

  @Test
  void theObjectOfSaidIsTheSubjectOfTheVerbLeftWithoutOne() {
    List<Dependency> repaired = ReportedClauseRepair.repair(sentence("said", "say"));
    assertTrue(repaired.contains(new Dependency("nsubj:pass", 9, 3)), repaired.toString());
    assertTrue(repaired.contains(new Dependency("obl:from", 9, 6)), repaired.toString());
    // no verb of saying, no repair
    assertEquals(sentence("saw", "see").dependencies(), ReportedClauseRepair.repair(sentence("saw", "see")));
  }

  @Test
  void theMovedPeopleAreCountedAndTheirHomeIsTheOrigin() {
    Sentence s = sentence("said", "say");
    List<Event> events = EventExtractorTest.run(List.of(s), List.of(),
        List.of(EventExtractorTest.place("Black River", s, "Black River", 18.03, -77.85),
            EventExtractorTest.place("Mandeville", s, "Mandeville", 18.04, -77.5)));
    Event moved = events.stream().filter(e -> e.type() == EventType.DISPLACEMENT).findFirst().orElseThrow(() -> new AssertionError(events));
    assertEquals(7500, moved.displaced().value(), moved.toString());
    assertEquals("Black River", moved.from() == null ? null : moved.from().name(), moved.toString());
  }

  @Test
  void peopleArrivingFromFightingWithTheArmyAreDisplacedNotDeployed() {
    Sentence s = new SentenceBuilder(0).words("About/about/RB 1,350/1350/CD people/person/NNS arrived/arrive/VBD in/in/IN Bamenda/Bamenda/NNP"
        + " ,/,/, fleeing/flee/VBG fighting/fighting/NN between/between/IN separatists/separatist/NNS and/and/CC the/the/DT army/army/NN ././.")
        .deps("advmod 1 0; nummod 2 1; nsubj 3 2; root -1 3; case 5 4; obl:in 3 5; punct 3 6; amod 8 7; obj 3 8; case 10 9;"
            + " nmod:between 8 10; cc 13 11; det 13 12; nmod:between 8 13; conj:and 10 13; punct 3 14").build(0);
    List<Event> events = EventExtractorTest.run(List.of(s), List.of(EventExtractorTest.civilians(s, "people")),
        List.of(EventExtractorTest.place("Bamenda", s, "Bamenda", 5.96, 10.15)));
    assertTrue(events.stream().noneMatch(e -> e.type() == EventType.DEPLOYMENT), events.toString());
    assertTrue(events.stream().anyMatch(e -> e.type() == EventType.DISPLACEMENT && e.displaced() != null
        && e.displaced().value() == 1350), events.toString());
  }
}
