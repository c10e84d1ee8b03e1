package org.sitrep.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A heading in capitals on its own line above the body, with only one line break between them. */
class HeadlineLineTest {

  @Test
  void aLineInCapitalsWithoutClosingPunctuationIsAHeading() {
    assertTrue(HeadlineLine.endsBefore(List.of("NORTH KIVU: FARDC RETAKE KALEMBE"), "The Armed Forces of the DRC regained ..."));
    assertTrue(HeadlineLine.endsBefore(List.of("RUTSHURU: THE M23 INSTALLS A COMMAND POST IN KIWANJA"), "The M23 rebels installed ..."));
  }

  @Test
  void otherLinesAreNoHeading() {
    assertFalse(HeadlineLine.endsBefore(List.of("Rebels seize Homs"), "DAMASCUS - Rebels captured the city."),
        "a mixed-case first line stays with the body");
    assertFalse(HeadlineLine.endsBefore(List.of("REBELS CAPTURED THE TOWN OF"), "HOMS ON MONDAY."), "ends on a word that goes on");
    assertFalse(HeadlineLine.endsBefore(List.of("REBELS SEIZE HOMS."), "Officials said."), "closing punctuation");
    assertFalse(HeadlineLine.endsBefore(List.of("REBELS SEIZE HOMS"), "on Monday, officials said."), "the next line goes on");
    assertFalse(HeadlineLine.endsBefore(List.of("REBELS SEIZE HOMS", "AFTER A WEEK"), "The army left."), "two lines");
  }

  @Test
  void theCleanerKeepsTheHeadingApartFromTheFirstSentence() {
    Cleaned c = Cleaner.standard().cleanText("NORTH KIVU: FARDC RETAKE KALEMBE\nThe army regained control of Kalembe on\nSunday.");
    assertEquals("NORTH KIVU: FARDC RETAKE KALEMBE\n\nThe army regained control of Kalembe on Sunday.", c.text());
    Cleaned joined = Cleaner.standard().cleanText("Army retakes Kalembe\nThe army regained control of Kalembe.");
    assertEquals("Army retakes Kalembe The army regained control of Kalembe.", joined.text());
  }
}
