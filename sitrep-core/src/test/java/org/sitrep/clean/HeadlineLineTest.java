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
    assertTrue(HeadlineLine.endsBefore(List.of("NORTH KIVU: FARDC RETAKE KALEMBE"), false, "The Armed Forces of the DRC regained ..."));
    assertTrue(HeadlineLine.endsBefore(List.of("RUTSHURU: THE M23 INSTALLS A COMMAND POST IN KIWANJA"), false, "The M23 rebels installed ..."));
  }

  @Test
  void aFirstLineWithoutClosingPunctuationIsAHeadline() {
    assertTrue(HeadlineLine.endsBefore(List.of("Embassies attacked as anger spills into Kinshasa"), true, "KINSHASA — Hundreds of ..."));
  }

  @Test
  void otherLinesAreNoHeading() {
    assertFalse(HeadlineLine.endsBefore(List.of("Rebels seize Homs"), false, "DAMASCUS - Rebels captured the city."),
        "a mixed-case line below the first paragraph stays with the next");
    assertFalse(HeadlineLine.endsBefore(List.of("Rebels seized Homs on Monday."), true, "Officials said."), "a sentence");
    assertFalse(HeadlineLine.endsBefore(List.of("Rebels seize"), true, "Homs, officials said."), "too short for a title");
    assertFalse(HeadlineLine.endsBefore(List.of("REBELS CAPTURED THE TOWN OF"), true, "HOMS ON MONDAY."), "ends on a word that goes on");
    assertFalse(HeadlineLine.endsBefore(List.of("REBELS SEIZE HOMS."), true, "Officials said."), "closing punctuation");
    assertFalse(HeadlineLine.endsBefore(List.of("REBELS SEIZE HOMS"), true, "on Monday, officials said."), "the next line goes on");
    assertFalse(HeadlineLine.endsBefore(List.of("REBELS SEIZE HOMS", "AFTER A WEEK"), true, "The army left."), "two lines");
  }

  @Test
  void theCleanerKeepsTheHeadingApartFromTheFirstSentence() {
    Cleaned c = Cleaner.standard().cleanText("NORTH KIVU: FARDC RETAKE KALEMBE\nThe army regained control of Kalembe on\nSunday.");
    assertEquals("NORTH KIVU: FARDC RETAKE KALEMBE\n\nThe army regained control of Kalembe on Sunday.", c.text());
    Cleaned headline = Cleaner.standard().cleanText("Army retakes Kalembe\nThe army regained control of Kalembe.");
    assertEquals("Army retakes Kalembe\n\nThe army regained control of Kalembe.", headline.text());
    Cleaned joined = Cleaner.standard().cleanText("The army regained control of\nKalembe on Sunday.");
    assertEquals("The army regained control of Kalembe on Sunday.", joined.text());
  }
}
