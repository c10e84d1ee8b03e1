package org.sitrep.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordTokenizerTest {
  private static List<String> raw(String text) {
    return WordTokenizer.tokenize(text).stream().map(WordToken::raw).toList();
  }

  @Test
  void splitsPossessiveKeepsInnerApostropheAndInitials() {
    assertEquals(List.of("Assad", "’s", "forces"), raw("Assad’s forces"));
    assertEquals(List.of("Hay'at", "Tahrir", "al", "Sham"), raw("Hay'at Tahrir al-Sham"));
    assertEquals(List.of("U.S.", "backed", "Kurdish", "forces"), raw("U.S.-backed Kurdish forces"));
    assertEquals(List.of("rebels"), raw("rebels’ "));
  }

  @Test
  void foldsSpellingVariantsTogether() {
    assertEquals(Fold.fold("Hay'at"), Fold.fold("Hayat"));
    assertEquals(Fold.fold("HAYʼAT"), Fold.fold("hayat"));
    assertEquals(Fold.fold("Goïta"), Fold.fold("Goita"));
    assertEquals(Fold.fold("Türkiye"), Fold.fold("Turkiye"));
    assertEquals(Fold.fold("U.S."), Fold.fold("US"));
  }

  @Test
  void offsetsPointIntoTheText() {
    String text = "  Hezbollah (Hizbullah), U.N.";
    for (WordToken t : WordTokenizer.tokenize(text)) {
      assertEquals(t.raw(), text.substring(t.start(), t.end()));
    }
  }
}
