package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;

/** Arrests told with a protest are its intervention, and lend it their place. */
class ProtestInterventionTest {
  @Test
  void theProtestTakesThePlaceOfTheArrestsThatEndedIt() {
    // two sentences, so the one-sentence rule (a place anywhere in a headline) does not apply
    var first = new SentenceBuilder(0).words("Police/police/NNS confirmed/confirm/VBD it/it/PRP").deps("nsubj 1 0; root -1 1; obj 1 2").build(0);
    // "... in Idlib as they tried to block a road during a protest": the protest hangs on "block"
    var arrests = new SentenceBuilder(first.text().length() + 1).words(
        "Activists/activist/NNS were/be/VBD arrested/arrest/VBN by/by/IN police/police/NNS in/in/IN Idlib/Idlib/NNP "
            + "as/as/IN they/they/PRP tried/try/VBD to/to/TO block/block/VB a/a/DT road/road/NN during/during/IN a/a/DT protest/protest/NN")
        .deps("nsubj:pass 2 0; aux:pass 2 1; root -1 2; case 4 3; obl:agent 2 4; case 6 5; obl:in 2 6; mark 9 7; nsubj 9 8; "
            + "advcl:as 2 9; mark 11 10; xcomp 9 11; det 13 12; obj 11 13; case 16 14; det 16 15; obl:during 11 16").build(1);
    List<Event> events = EventExtractorTest.run(List.of(first, arrests), List.of(),
        List.of(EventExtractorTest.place("Idlib", arrests, "Idlib", 35.93, 36.63)));
    assertEquals(1, events.size(), events.toString());
    Event protest = events.get(0);
    assertEquals(EventType.PROTEST, protest.type());
    assertEquals("Idlib", protest.location().text());
    assertEquals("Protest with intervention", protest.subtype());
  }

  @Test
  void policeWhoDisperseAProtestInTheNextSentenceAreItsIntervention() {
    var march = new SentenceBuilder(0).words("Protesters/protester/NNS marched/march/VBD in/in/IN Abuja/Abuja/NNP")
        .deps("nsubj 1 0; root -1 1; case 3 2; obl:in 1 3").build(0);
    var police = new SentenceBuilder(march.text().length() + 1).words(
        "Police/police/NNS fired/fire/VBD tear/tear/NN gas/gas/NN to/to/TO disperse/disperse/VB them/they/PRP")
        .deps("nsubj 1 0; root -1 1; compound 3 2; obj 1 3; mark 5 4; advcl:to 1 5; obj 5 6").build(1);
    List<Event> events = EventExtractorTest.run(List.of(march, police),
        List.of(EventExtractorTest.actor(march, "Protesters", "Protesters (Nigeria)", ActorKind.CIVILIANS),
            EventExtractorTest.actor(police, "Police", "Police Forces of Nigeria", ActorKind.STATE_POLICE)),
        List.of(EventExtractorTest.place("Abuja", march, "Abuja", 9.06, 7.49)));
    Event protest = events.stream().filter(e -> e.trigger().equals("marched")).findFirst().orElseThrow(() -> new AssertionError(events));
    assertEquals("Protest with intervention", protest.subtype(), events.toString());
    assertEquals("Protesters (Nigeria)", protest.actor().name());
    assertEquals("Police Forces of Nigeria", protest.target().name());
    assertEquals(1, events.stream().filter(e -> e.type() == EventType.PROTEST).count(), events.toString());
  }

  @Test
  void aRallyThatDispersesOfItselfHadNoIntervention() {
    var march = new SentenceBuilder(0).words("Students/student/NNS marched/march/VBD in/in/IN Belgrade/Belgrade/NNP")
        .deps("nsubj 1 0; root -1 1; case 3 2; obl:in 1 3").build(0);
    var calm = new SentenceBuilder(march.text().length() + 1).words(
        "Police/police/NNS kept/keep/VBD away/away/RB and/and/CC the/the/DT rally/rally/NN dispersed/disperse/VBD")
        .deps("nsubj 1 0; root -1 1; advmod 1 2; cc 6 3; det 5 4; nsubj 6 5; conj:and 1 6").build(1);
    List<Event> events = EventExtractorTest.run(List.of(march, calm),
        List.of(EventExtractorTest.actor(march, "Students", "Civilians (Serbia)", ActorKind.CIVILIANS),
            EventExtractorTest.actor(calm, "Police", "Police Forces of Serbia", ActorKind.STATE_POLICE)),
        List.of(EventExtractorTest.place("Belgrade", march, "Belgrade", 44.8, 20.47)));
    Event protest = events.stream().filter(e -> e.trigger().equals("marched")).findFirst().orElseThrow(() -> new AssertionError(events));
    assertEquals("Peaceful protest", protest.subtype(), events.toString());
  }

  @Test
  void aMarchWhoseSubjectTheParseLostStillHasItsCrowd() {
    String words = "Thousands/thousand/NNS of/of/IN people/people/NNS ,/,/, led/lead/VBN by/by/IN students/student/NNS ,/,/,"
        + " marched/march/VBD through/through/IN Belgrade/Belgrade/NNP";
    // as the parser gave it: "marched" hangs loose on "led" and has no subject of its own
    String deps = "nsubj:pass 4 0; case 2 1; nmod:of 0 2; punct 4 3; root -1 4; case 6 5; obl:by 4 6; punct 4 7; dep 4 8;"
        + " case 10 9; obl:through 8 10";
    List<Event> events = EventExtractorTest.runOne(words, deps, "Belgrade");
    assertEquals(EventType.PROTEST, EventExtractorTest.only(events).type());
    String town = "Columns/column/NNS of/of/IN soldiers/soldier/NNS ,/,/, led/lead/VBN by/by/IN generals/general/NNS ,/,/,"
        + " marched/march/VBD through/through/IN Belgrade/Belgrade/NNP";
    assertEquals(List.of(), EventExtractorTest.runOne(town, deps, "Belgrade"), "soldiers marching are no crowd");
  }
}
