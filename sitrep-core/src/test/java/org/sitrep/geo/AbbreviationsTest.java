package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Span;

class AbbreviationsTest {
  private final Abbreviations abbreviations = new Abbreviations();

  @Test
  void matchesOnlyAsWrittenWithItsPeriod() {
    assertEquals("Illinois", abbreviations.at("Springfield, Ill. police", 13, false).orElseThrow().divisionName());
    assertFalse(abbreviations.at("Ill health", 0, false).isPresent(), "the word 'Ill' is no state");
    assertFalse(abbreviations.at("Illinois", 0, false).isPresent(), "a longer word is not its abbreviation");
  }

  @Test
  void longestAbbreviationWins() {
    assertEquals("West Virginia", abbreviations.at("W.Va. coal", 0, false).orElseThrow().divisionName());
  }

  @Test
  void postalCodesOnlyAsQualifiers() {
    assertFalse(abbreviations.at("OH no", 0, false).isPresent());
    assertEquals("Ohio", abbreviations.at("OH", 0, true).orElseThrow().divisionName());
  }

  @Test
  void initialismsAreOneWord() {
    String text = "the U.S. and W.Va. said";
    List<String> words = ToponymScanner.words(text, 0, text.length()).stream().map(s -> text.substring(s.start(), s.end())).toList();
    assertTrue(words.contains("U.S."), words.toString());
    assertTrue(words.contains("W.Va."), words.toString());
    String plain = "End. Start.";
    for (Span s : ToponymScanner.words(plain, 0, plain.length())) {
      assertFalse(plain.substring(s.start(), s.end()).endsWith("."), "plain words keep no period");
    }
  }
}
