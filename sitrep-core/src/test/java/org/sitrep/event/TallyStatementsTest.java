package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Event;
import org.sitrep.model.Sentence;

/** Counts stated apart from any event word: "Fatalities: 17.", "No one was hurt." */
class TallyStatementsTest {
  private static final String CLASH = "Militants/militant/NNS clashed/clash/VBD with/with/IN soldiers/soldier/NNS near/near/IN Djibo/Djibo/NNP";
  private static final String CLASH_DEPS = "nsubj 1 0; root -1 1; case 3 2; obl:with 1 3; case 5 4; obl:near 1 5";

  private static List<Event> clashThen(String words, String deps) {
    Sentence clash = new SentenceBuilder(0).words(CLASH).deps(CLASH_DEPS).build(0);
    Sentence tally = new SentenceBuilder(clash.text().length() + 1).words(words).deps(deps).build(1);
    var militants = EventExtractorTest.actor(clash, "Militants", "Militants", ActorKind.REBEL);
    var soldiers = EventExtractorTest.actor(clash, "soldiers", "Soldiers", ActorKind.STATE_MILITARY);
    return EventExtractorTest.run(List.of(clash, tally), List.of(militants, soldiers),
        List.of(EventExtractorTest.place("Djibo", clash, "Djibo", 14.1, -1.6)));
  }

  @Test
  void aTallyLineCountsTheEventBeforeIt() {
    List<Event> events = clashThen("Fatalities/fatality/NNS :/:/: 17/17/CD ././.", "root -1 0; punct 0 1; dep 0 2; punct 0 3");
    assertEquals(1, events.size(), events.toString());
    Event clash = events.get(0);
    assertEquals(17, clash.fatalities().value());
    assertNull(clash.injured());
    assertTrue(clash.evidence().stream().anyMatch(e -> e.text().startsWith("Fatalities")), "the tally line is evidence");
  }

  @Test
  void aSentenceThatIsOnlyAFigureCountsTheEventBeforeIt() {
    assertEquals(5, clashThen("5/5/CD fatalities/fatality/NNS ././.", "nummod 1 0; root -1 1; punct 1 2").get(0).fatalities().value());
    assertEquals(2, clashThen("2/2/CD fatalities/fatality/NNS reported/report/VBN", "nummod 1 0; root -1 1; acl 1 2")
        .get(0).fatalities().value());
    assertNull(clashThen("5/5/CD fatalities/fatality/NNS in/in/IN a/a/DT year/year/NN", "nummod 1 0; root -1 1; case 4 2; det 4 3;"
        + " nmod:in 1 4").get(0).fatalities(), "a sentence that says more is no tally line");
  }

  @Test
  void aTallyMayOpenASentenceBeforeASemicolon() {
    assertEquals(27, clashThen("27/27/CD fatalities/fatality/NNS ;/;/: others/other/NNS were/be/VBD hurt/hurt/VBN",
        "nummod 1 0; root -1 1; punct 1 2; nsubj:pass 5 3; aux:pass 5 4; parataxis 1 5").get(0).fatalities().value());
  }

  @Test
  void aRunningTotalIsTheCountOfTheEventBeforeIt() {
    String deps = "amod 2 0; compound 2 1; nsubj 5 2; aux 5 3; advmod 5 4; root -1 5; case 7 6; obl:to 5 7";
    assertEquals(31, clashThen("The/the/DT death/death/NN toll/toll/NN has/have/VBZ now/now/RB risen/rise/VBN to/to/IN 31/31/CD",
        deps).get(0).fatalities().value());
    assertNull(clashThen("The/the/DT death/death/NN toll/toll/NN has/have/VBZ now/now/RB fallen/fall/VBN to/to/IN 31/31/CD",
        deps).get(0).fatalities(), "only what a total rose to or stands at");
  }

  @Test
  void aRunningTotalOfTheDisplacedIsTheCountOfTheDisplacementItNames() {
    String words = "The/the/DT number/number/NN of/of/IN people/person/NNS displaced/displace/VBN has/have/VBZ now/now/RB"
        + " risen/rise/VBN to/to/IN 130,000/130,000/CD";
    String deps = "det 1 0; nsubj 7 1; case 3 2; nmod:of 1 3; acl 3 4; aux 7 5; advmod 7 6; root -1 7; case 9 8; obl:to 7 9";
    List<Event> events = EventExtractorTest.run(List.of(new SentenceBuilder(0).words(words).deps(deps).build(0)), List.of(), List.of());
    assertEquals(130000, EventExtractorTest.only(events).displaced().value(), events.toString());
  }

  @Test
  void aReportedAbsenceOfHarmIsACountOfNone() {
    List<Event> events = clashThen("No/no/DT one/one/NN was/be/VBD hurt/hurt/VBN", "det 1 0; nsubj:pass 3 1; aux:pass 3 2; root -1 3");
    Event clash = events.get(0);
    assertEquals(0, clash.fatalities().value());
    assertEquals(0, clash.injured().value());
  }

  @Test
  void aFigureTheEventHasIsKept() {
    Sentence clash = new SentenceBuilder(0).words(CLASH + " ,/,/, killing/kill/VBG 5/5/CD soldiers/soldier/NNS")
        .deps(CLASH_DEPS + "; punct 1 6; dep 1 7; nummod 9 8; obj 7 9").build(0);
    Sentence tally = new SentenceBuilder(clash.text().length() + 1).words("Fatalities/fatality/NNS :/:/: 17/17/CD")
        .deps("root -1 0; punct 0 1; dep 0 2").build(1);
    var militants = EventExtractorTest.actor(clash, "Militants", "Militants", ActorKind.REBEL);
    List<Event> events = EventExtractorTest.run(List.of(clash, tally), List.of(militants),
        List.of(EventExtractorTest.place("Djibo", clash, "Djibo", 14.1, -1.6)));
    assertEquals(5, events.get(0).fatalities().value());
  }

  @Test
  void aCountOfNoneIsNoHarmForTheSubtype() {
    Sentence protest = new SentenceBuilder(0).words("Police/police/NNS fired/fire/VBD tear/tear/NN gas/gas/NN at/at/IN"
        + " a/a/DT protest/protest/NN in/in/IN Dakar/Dakar/NNP").deps("nsubj 1 0; root -1 1; compound 3 2; obj 1 3;"
        + " case 6 4; det 6 5; obl:at 1 6; case 8 7; nmod:in 6 8").build(0);
    Sentence tally = new SentenceBuilder(protest.text().length() + 1).words("Fatalities/fatality/NNS :/:/: 0/0/CD")
        .deps("root -1 0; punct 0 1; dep 0 2").build(1);
    List<Event> events = EventExtractorTest.run(List.of(protest, tally), List.of(),
        List.of(EventExtractorTest.place("Dakar", protest, "Dakar", 14.7, -17.4)));
    Event e = events.stream().filter(x -> x.type() == org.sitrep.model.EventType.PROTEST).findFirst().orElseThrow();
    assertEquals(0, e.fatalities().value());
    assertEquals("Protest with intervention", e.subtype(), "police at a protest with no one hurt is no excessive force");
  }

  @Test
  void aFigureTooLongForACountIsIgnoredNotACrash() {
    List<Event> events = clashThen("Fatalities/fatality/NNS :/:/: 99999999999999999999999/99999999999999999999999/CD",
        "root -1 0; punct 0 1; dep 0 2");
    assertEquals(1, events.size(), events.toString());
    assertNull(events.get(0).fatalities());
  }

  @Test
  void withoutAnEventATallyMakesNone() {
    Sentence calm = new SentenceBuilder(0).words("The/the/DT market/market/NN reopened/reopen/VBD").deps("det 1 0; nsubj 2 1; root -1 2").build(0);
    Sentence tally = new SentenceBuilder(calm.text().length() + 1).words("Fatalities/fatality/NNS :/:/: 0/0/CD")
        .deps("root -1 0; punct 0 1; dep 0 2").build(1);
    assertEquals(List.of(), EventExtractorTest.run(List.of(calm, tally), List.of(), List.of()));
  }
}
