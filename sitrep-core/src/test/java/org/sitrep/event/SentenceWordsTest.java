package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/** Sub-type cues see lemmas and lower-cased words, but a month's name is no cue word. */
class SentenceWordsTest {
  @Test
  void theMonthMarchIsNoMarch() {
    Sentence s = new Sentence(0, 0, 21, "Troops march in March", List.of(
        new Token(0, 0, 6, "Troops", "troop", "NNS", "O", null),
        new Token(1, 7, 12, "march", "march", "VBP", "O", null),
        new Token(2, 13, 15, "in", "in", "IN", "O", null),
        new Token(3, 16, 21, "March", "March", "NNP", "DATE", null)), List.of(), true);
    List<Set<String>> words = SentenceWords.of(s);
    assertEquals(Set.of("troops", "troop"), words.get(0));
    assertEquals(Set.of("march"), words.get(1));
    assertEquals(Set.of("March"), words.get(3));
  }

  @Test
  void aWordSplitAtItsHyphenAlsoReadsAsTheWhole() {
    // the tokenizer gives "live-fire drills" as live / - / fire / drills
    Sentence s = new Sentence(0, 0, 16, "live-fire drills", List.of(
        new Token(0, 0, 4, "live", "live", "JJ", "O", null),
        new Token(1, 4, 5, "-", "-", "HYPH", "O", null),
        new Token(2, 5, 9, "fire", "fire", "NN", "O", null),
        new Token(3, 10, 16, "drills", "drill", "NNS", "O", null)), List.of(), true);
    List<Set<String>> words = SentenceWords.of(s);
    assertEquals(Set.of("fire", "live-fire"), words.get(2));
    assertEquals(Set.of("drills", "drill"), words.get(3), "no hyphen before it, no compound");
  }
}
