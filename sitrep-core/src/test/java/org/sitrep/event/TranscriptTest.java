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
  void withoutTheAnswersLabelTheNextFigureIsNotTheAnswer() {
    assertNull(displacement("About/about/RB 5,000/5,000/CD ././.", "advmod 1 0; root -1 1; punct 1 2", false).displaced());
  }
}
