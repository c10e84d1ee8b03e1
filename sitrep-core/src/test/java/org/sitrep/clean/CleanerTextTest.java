package org.sitrep.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CleanerTextTest {
  private final Cleaner cleaner = Cleaner.standard();

  private static final String BODY_1 =
      "Rebel fighters entered the northern town on Tuesday after two days of shelling, residents said.";
  private static final String BODY_2 =
      "The army said it had withdrawn to new positions to protect civilians and would counter-attack.";

  @Test
  void dropsPlainTextChromeLines() {
    String raw = String.join("\n",
        "Home | World | Middle East | Syria", "", "Rebels take northern town", "", "By Jane Doe, Reuters", "",
        BODY_1, "", "Share this:", "Click to share on Twitter (Opens in new window)", "Facebook",
        "", "Read more: Army retreats from Hama", "", BODY_2, "",
        "We use cookies to improve your experience on our site.", "Subscribe to our newsletter for daily updates",
        "", "Related", "", "Another story headline", "", "Leave a Reply", "Your email address will not be published.");

    Cleaned cleaned = cleaner.cleanText(raw);

    assertEquals("Rebels take northern town", cleaned.title());
    assertEquals(List.of(BODY_1, BODY_2), cleaned.paragraphs());
    assertEquals("Rebels take northern town\n\n" + BODY_1 + "\n\n" + BODY_2, cleaned.text());
  }

  @Test
  void normalisesWhitespaceInsideParagraphsButKeepsQuotes() {
    String raw = "Title line\n\n  “Quoted”\u00a0words   wrapped\nacross\tlines — ok  \n\nSecond paragraph.";
    Cleaned cleaned = cleaner.cleanText(raw);
    assertEquals(List.of("“Quoted” words wrapped across lines — ok", "Second paragraph."), cleaned.paragraphs());
  }

  @Test
  void aSentenceFirstLineIsNotATitle() {
    Cleaned cleaned = cleaner.cleanText(BODY_1 + "\n\n" + BODY_2);
    assertNull(cleaned.title());
    assertTrue(cleaned.text().startsWith(BODY_1));
  }

  @Test
  void aSingleParagraphHasNoTitle() {
    Cleaned cleaned = cleaner.cleanText("Shelling hit Homs");
    assertNull(cleaned.title());
    assertEquals("Shelling hit Homs", cleaned.text());
  }

  @Test
  void aKnownTitleIsNotRepeatedFromTheBody() {
    Cleaned cleaned = cleaner.cleanText("Rebels take town\n\n" + BODY_1, "Rebels  take town");
    assertEquals("Rebels take town\n\n" + BODY_1, cleaned.text());
  }

  @Test
  void bylineLikeSentencesInTheBodyAreKept() {
    String sentence = "By Sunday, the army had lost control of the road to Damascus.";
    Cleaned cleaned = cleaner.cleanText("Headline here\n\n" + sentence);
    assertEquals(List.of(sentence), cleaned.paragraphs());
  }

  @Test
  void anEarlyAboutHeadingDoesNotSwallowTheBody() {
    String raw = "Headline\n\nAbout Hezbollah\n\n" + BODY_1 + "\n\n" + BODY_2 + "\n\n" + BODY_2 + BODY_1;
    assertTrue(cleaner.cleanText(raw).paragraphs().contains(BODY_1));
  }

  @Test
  void chromeLinesAreRecognised() {
    for (String line : List.of("Staff writer", "View all posts by Allegra Nguyen →", "Required fields are marked *",
        "Share this:", "Read more: something", "Leave a Reply", "About Allegra Nguyen")) {
      assertTrue(cleaner.isChromeLine(line), line);
    }
    assertFalse(cleaner.isChromeLine(BODY_1));
  }
}
