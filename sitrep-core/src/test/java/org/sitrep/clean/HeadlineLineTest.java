package org.sitrep.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A headline on its own line above the body, with only one line break between them. */
class HeadlineLineTest {

  @Test
  void aLoneFirstLineWithoutClosingPunctuationIsAHeadline() {
    assertTrue(HeadlineLine.endsBefore(List.of("Rebels seize Homs"), true, "DAMASCUS (Reuters) - Rebels captured the city."));
    assertTrue(HeadlineLine.endsBefore(List.of("Kyiv accuses Russia of choking-agent attack"), true, "Ukraine's general staff said ..."));
  }

  @Test
  void wrappedProseIsNoHeadline() {
    assertFalse(HeadlineLine.endsBefore(List.of("Rebels captured the town of"), true, "Homs on Monday."), "ends on a word that goes on");
    assertFalse(HeadlineLine.endsBefore(List.of("Rebels captured the town,"), true, "Officials said."), "closing punctuation");
    assertFalse(HeadlineLine.endsBefore(List.of("Rebels captured the town"), true, "on Monday, officials said."), "the next line goes on");
    assertFalse(HeadlineLine.endsBefore(List.of("Rebels seize Homs", "after a week"), true, "The army left."), "two lines");
  }

  @Test
  void laterOnlyALineInCapitalsIsAHeading() {
    assertTrue(HeadlineLine.endsBefore(List.of("NORTH KIVU: FARDC RETAKE KALEMBE"), false, "The Armed Forces of the DRC regained ..."));
    assertFalse(HeadlineLine.endsBefore(List.of("The army said it had"), false, "Homs under control."));
  }

  @Test
  void theCleanerKeepsTheHeadlineApartFromTheFirstSentence() {
    Cleaned c = Cleaner.standard().cleanText("Rebels seize Homs\nDAMASCUS - Rebels captured the city on\nMonday, officials said.");
    assertEquals("Rebels seize Homs\n\nDAMASCUS - Rebels captured the city on Monday, officials said.", c.text());
  }
}
