package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Sentence;

/** Interview transcripts: the question tells the event, the answer after its speaker's label the figure. */
class TranscriptTest {
  private static Event displacement(String answerWords, String answerDeps, boolean labelled) {
    Sentence question = new SentenceBuilder(0).words("How/how/WRB many/many/JJ fled/flee/VBD Kaya/Kaya/NNP ?/?/.")
        .deps("advmod 1 0; nsubj 2 1; root -1 2; obj 2 3; punct 2 4").build(0);
    int at = question.text().length() + 1;
    Sentence between = labelled ? new SentenceBuilder(at).words("A/a/NN :/:/:").deps("root -1 0; punct 0 1").build(1)
        : new SentenceBuilder(at).words("Well/well/UH ././.").deps("root -1 0; punct 0 1").build(1);
    Sentence answer = new SentenceBuilder(at + between.text().length() + 1).words(answerWords).deps(answerDeps).build(2);
    String text = question.text() + " " + between.text() + " " + answer.text();
    List<Event> events = EventExtractorTest.run(text, List.of(question, between, answer), List.of(),
        List.of(EventExtractorTest.place("Kaya", question, "Kaya", 13.09, -1.08)));
    return events.stream().filter(e -> e.type() == EventType.DISPLACEMENT).findFirst().orElseThrow(() -> new AssertionError(events.toString()));
  }

  @Test
  void aHowManyQuestionTakesTheFigureOfItsAnswer() {
    Event e = displacement("About/about/RB 5,000/5,000/CD ././.", "advmod 1 0; root -1 1; punct 1 2", true);
    assertEquals(5000, e.displaced().value());
    assertEquals(2, e.evidence().size(), "the answer is evidence: " + e.evidence());
  }

  @Test
  void askingHowManyCameSomewhereAsksAboutPeopleInFlight() {
    List<Event> asked = EventExtractorTest.runOne("How/how/WRB many/many/JJ came/come/VBD into/into/IN Goris/Goris/NNP ?/?/.",
        "advmod 1 0; nsubj 2 1; root -1 2; case 4 3; obl:into 2 4; punct 2 5", "Goris");
    assertEquals(List.of(EventType.DISPLACEMENT), asked.stream().map(Event::type).toList());
    List<Event> told = EventExtractorTest.runOne("He/he/PRP explained/explain/VBD how/how/WRB he/he/PRP came/come/VBD into/into/IN Goris/Goris/NNP",
        "nsubj 1 0; root -1 1; advmod 4 2; nsubj 4 3; ccomp 1 4; case 6 5; obl:into 4 6", "Goris");
    assertEquals(List.of(), told, "how he came asks no count");
  }

  @Test
  void anAnswerThatEchoesAWordFirstGivesItsFigureAfterTheEcho() {
    Sentence question = new SentenceBuilder(0).words("How/how/WRB many/many/JJ fled/flee/VBD Kaya/Kaya/NNP ?/?/.")
        .deps("advmod 1 0; nsubj 2 1; root -1 2; obj 2 3; punct 2 4").build(0);
    int at = question.text().length() + 1;
    Sentence label = new SentenceBuilder(at).words("A/a/NN :/:/:").deps("root -1 0; punct 0 1").build(1);
    at += label.text().length() + 1;
    Sentence echo = new SentenceBuilder(at).words("Today/today/NN ?/?/.").deps("root -1 0; punct 0 1").build(2);
    at += echo.text().length() + 1;
    Sentence answer = new SentenceBuilder(at).words("About/about/RB 5,000/5,000/CD ././.").deps("advmod 1 0; root -1 1; punct 1 2").build(3);
    String text = question.text() + " " + label.text() + " " + echo.text() + " " + answer.text();
    List<Event> events = EventExtractorTest.run(text, List.of(question, label, echo, answer), List.of(),
        List.of(EventExtractorTest.place("Kaya", question, "Kaya", 13.09, -1.08)));
    Event fled = events.stream().filter(e -> e.type() == EventType.DISPLACEMENT).findFirst().orElseThrow(() -> new AssertionError(events.toString()));
    assertEquals(5000, fled.displaced().value());
  }

  @Test
  void withoutTheAnswersLabelTheNextFigureIsNotTheAnswer() {
    assertNull(displacement("About/about/RB 5,000/5,000/CD ././.", "advmod 1 0; root -1 1; punct 1 2", false).displaced());
  }

  /** "Q: Residents reported shelling in Kaya. Is that right? A: <answer>" as hand-built sentences. */
  private static List<Event> heardThenAnswered(String answerWords, String answerDeps) {
    Sentence q = new SentenceBuilder(0).words("Q/q/NN :/:/:").deps("root -1 0; punct 0 1").build(0);
    Sentence heard = new SentenceBuilder(q.end() + 1).words("Residents/resident/NNS reported/report/VBD shelling/shelling/NN"
        + " in/in/IN Kaya/Kaya/NNP ././.").deps("nsubj 1 0; root -1 1; obj 1 2; case 4 3; nmod:in 2 4; punct 1 5").build(1);
    Sentence right = new SentenceBuilder(heard.end() + 1).words("Is/be/VBZ that/that/DT right/right/JJ ?/?/.")
        .deps("cop 2 0; nsubj 2 1; root -1 2; punct 2 3").build(2);
    Sentence a = new SentenceBuilder(right.end() + 1).words("A/a/NN :/:/:").deps("root -1 0; punct 0 1").build(3);
    Sentence answer = new SentenceBuilder(a.end() + 1).words(answerWords).deps(answerDeps).build(4);
    List<Sentence> all = List.of(q, heard, right, a, answer);
    StringBuilder text = new StringBuilder();
    for (Sentence s : all) {
      while (text.length() < s.start()) {
        text.append(' ');
      }
      text.append(s.text());
    }
    return EventExtractorTest.run(text.toString(), all, List.of(), List.of(EventExtractorTest.place("Kaya", heard, "Kaya", 13.09, -1.08)));
  }

  @Test
  void anAnswerThatDeniesWhatTheInterviewerHeardDeniesIt() {
    List<Event> denied = heardThenAnswered("No/no/DT shelling/shelling/NN ././.", "det 1 0; root -1 1; punct 1 2");
    Event heard = denied.stream().filter(e -> e.evidence().get(0).text().startsWith("Residents")).findFirst()
        .orElseThrow(() -> new AssertionError(denied.toString()));
    assertEquals(org.sitrep.model.EventStatus.DENIED, heard.status(), denied.toString());
    List<Event> confirmed = heardThenAnswered("Yes/yes/UH ././.", "root -1 0; punct 0 1");
    assertEquals(org.sitrep.model.EventStatus.OCCURRED, EventExtractorTest.only(confirmed).status(), confirmed.toString());
  }

  @Test
  void theInterviewersTurnIsAskedAndRanksBelowTheAnswer() {
    Sentence q = new SentenceBuilder(0).words("Q/q/NN :/:/:").deps("root -1 0; punct 0 1").build(0);
    // a greeting, like the label, is no lead: the sentence after either is
    Sentence noise = new SentenceBuilder(0).words("Hello/hello/UH ././.").deps("root -1 0; punct 0 1").build(0);
    Sentence heard = new SentenceBuilder(q.end() + 1).words("Rebels/rebel/NNS shelled/shell/VBD Kaya/Kaya/NNP ././.")
        .deps("nsubj 1 0; root -1 1; obj 1 2; punct 1 3").build(1);
    Sentence asking = new SentenceBuilder(0).words("Who/who/WP shelled/shell/VBD Kaya/Kaya/NNP ?/?/.")
        .deps("nsubj 1 0; root -1 1; obj 1 2; punct 1 3").build(0);
    assertEquals(true, QuestionPlaces.isAsked(List.of(q, heard), 1));
    assertEquals(false, QuestionPlaces.isAsked(List.of(noise, heard), 1));
    assertEquals(true, QuestionPlaces.isAsked(List.of(asking), 0));
    double asked = EventExtractorTest.only(EventExtractorTest.run(q.text() + " " + heard.text(), List.of(q, heard), List.of(),
        List.of(EventExtractorTest.place("Kaya", heard, "Kaya", 13.09, -1.08)))).confidence();
    double told = EventExtractorTest.only(EventExtractorTest.run(noise.text() + " " + heard.text(), List.of(noise, heard), List.of(),
        List.of(EventExtractorTest.place("Kaya", heard, "Kaya", 13.09, -1.08)))).confidence();
    assertEquals(0.1, told - asked, 1e-9);
  }
}
