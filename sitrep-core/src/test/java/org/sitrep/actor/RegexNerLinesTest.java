package org.sitrep.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegexNerLinesTest {
  private final List<String> lines = ActorDictionary.standard().regexnerLines();

  /** Whether some line's literal tokens equal these CoreNLP-style tokens, ignoring case as the annotator does. */
  private boolean someLineMatches(String... tokens) {
    String wanted = String.join(" ", tokens);
    return lines.stream().anyMatch(line -> line.split("\t")[0].equalsIgnoreCase(wanted));
  }

  @Test
  void linesHaveFourFieldsAndCompile() {
    assertTrue(lines.size() > 500, "lines: " + lines.size());
    for (String line : lines) {
      String[] f = line.split("\t", -1);
      assertEquals(4, f.length, line);
      assertEquals("ORGANIZATION", f[1]);
      Double.parseDouble(f[3]);
      assertFalse(f[0].isBlank(), line);
      assertFalse(f[0].contains("(?i)"), "literal patterns, not regexes: " + line);
    }
  }

  @Test
  void coversNamesTheDefaultNerGetsWrong() {
    assertTrue(someLineMatches("Hayat", "Tahrir", "Al", "-", "Sham"), "CoreNLP splits hyphenated words");
    assertTrue(someLineMatches("HTS"));
    assertTrue(someLineMatches("Daesh"));
    assertFalse(someLineMatches("IS"), "two-letter acronyms would tag every 'is' once case is ignored");
    assertFalse(someLineMatches("Russia"), "countries keep their location tags");
  }
}
