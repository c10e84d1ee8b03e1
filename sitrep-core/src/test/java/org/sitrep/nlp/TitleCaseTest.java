package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitleCaseTest {
  private static List<String> words(String s) {
    return List.of(s.split(" "));
  }

  @Test
  void mostWordsCapitalisedIsTitleCase() {
    assertTrue(TitleCase.of(words("Improvised Mines Kill , Injure Hundreds in Manbij"), 1));
    assertFalse(TitleCase.of(words("Improvised mines kill hundreds in Manbij"), 1));
  }

  @Test
  void shortFunctionWordsCanBeLeftOut() {
    String headline = "Rebels Seize Town of Saraqeb in the North";
    assertFalse(TitleCase.of(words(headline), 1), "'of', 'in', 'the' count against it");
    assertTrue(TitleCase.of(words(headline), 4), "words of four letters or more are all capitalised");
  }

  @Test
  void fewerThanThreeWordsOrNoneAreNotTitleCase() {
    assertFalse(TitleCase.of(words("Aleppo Falls"), 1));
    assertFalse(TitleCase.of(List.of("", "12", ","), 1));
  }
}
