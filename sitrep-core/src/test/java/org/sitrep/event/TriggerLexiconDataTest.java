package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The trigger lexicon's noun-class column names classes that noun-classes.tsv defines. */
class TriggerLexiconDataTest {

  @Test
  void everyObjectClassIsDefined() {
    List<String> unknown = new ArrayList<>();
    for (TriggerEntry e : TriggerLexicon.standard().entries()) {
      for (String one : e.classesNamed()) {
        if (NounClasses.standard().members(TriggerEntry.nounClass(one)).isEmpty()) {
          unknown.add(String.join(" ", e.lemmas()) + ": " + one);
        }
      }
    }
    assertEquals(List.of(), unknown);
  }
}
