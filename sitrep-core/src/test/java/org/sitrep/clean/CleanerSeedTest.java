package org.sitrep.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class CleanerSeedTest {
  private static Path seed() {
    String shared = System.getProperty("sitrep.shared");
    Assumptions.assumeTrue(shared != null, "sitrep.shared not set");
    Path seed = Path.of(shared, "seed", "homs-arabnews-rewrite.txt");
    Assumptions.assumeTrue(Files.isRegularFile(seed), "seed absent");
    return seed;
  }

  @Test
  void seedKeepsTitleAndBodyAndDropsTheBioAndCommentForm() throws IOException {
    Cleaned cleaned = Cleaner.standard().cleanText(Files.readString(seed()));

    assertEquals("Escalating Conflict in Homs: Thousands Flee as Militants Advance", cleaned.title());
    assertTrue(cleaned.text().startsWith(cleaned.title() + "\n\n"));
    assertTrue(cleaned.text().endsWith("stability in Syria."), cleaned.text());
    assertEquals("arabnews.com", cleaned.source());
    for (String chrome : new String[] {"Allegra", "Original Source", "Leave a Reply", "email address", "Required fields"}) {
      assertFalse(cleaned.text().contains(chrome), chrome);
    }
  }

  @Test
  void seedKeepsTypographicApostrophes() throws IOException {
    Cleaned cleaned = Cleaner.standard().cleanText(Files.readString(seed()));
    assertTrue(cleaned.text().contains("Assad’s forces"));
  }
}
