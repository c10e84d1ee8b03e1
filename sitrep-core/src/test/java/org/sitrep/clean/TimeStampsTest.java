package org.sitrep.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TimeStampsTest {
  @Test
  void liveBlogStampsEndAfterTheirSeparator() {
    assertEquals("08:15 GMT — ".length(), TimeStamps.stampEnd("08:15 GMT — Rebels entered the town."));
    assertEquals("Update 11:40: ".length(), TimeStamps.stampEnd("Update 11:40: Two more bodies were found."));
    assertEquals("14:40 – ".length(), TimeStamps.stampEnd("14:40 – Internet services were cut."));
  }

  @Test
  void aTranscriptsSpeakerLabelHeadsWhatFollows() {
    assertEquals("ANCHOR: ".length(), TimeStamps.stampEnd("ANCHOR: In Madagascar, a crowd has killed three men."));
    assertEquals("Q: ".length(), TimeStamps.stampEnd("Q: What happened in Dori on Tuesday?"));
    assertTrue(TimeStamps.isStampAlone("NEWSREADER:"));
    assertEquals(-1, TimeStamps.stampEnd("UN: 300 killed in Darfur."), "a headline's source is its subject, no speaker");
    assertEquals(-1, TimeStamps.stampEnd("Anchor: the ship dropped anchor."), "only labels in capitals");
  }

  @Test
  void timesInsideASentenceAreNoStamps() {
    assertEquals(-1, TimeStamps.stampEnd("At 15:00 the march dispersed."));
    assertEquals(-1, TimeStamps.stampEnd("10.30 per cent of voters stayed home."));
    assertEquals(-1, TimeStamps.stampEnd("08:15 GMT — "), "a stamp with nothing after it starts no sentence");
  }

  @Test
  void aStampAloneIsTold() {
    assertTrue(TimeStamps.isStampAlone("14:40 —"));
    assertTrue(TimeStamps.isStampAlone("03:15 IST —"));
    assertFalse(TimeStamps.isStampAlone("14:40 — Internet services were cut."));
    assertFalse(TimeStamps.isStampAlone(""));
  }

  @Test
  void randomTextNeverThrows() {
    Random random = new Random(7);
    String alphabet = "0123456789:.— -ABCGMTISTUpdate xyz";
    for (int i = 0; i < 2000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(20); k > 0; k--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      int end = TimeStamps.stampEnd(sb.toString());
      assertTrue(end == -1 || end > 0 && end < sb.length(), sb.toString());
    }
    assertEquals(-1, TimeStamps.stampEnd(null));
    assertFalse(TimeStamps.isStampAlone(null));
  }
}
