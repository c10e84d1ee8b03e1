package org.sitrep.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RegexNerLinesTest {
  private final List<String> lines = ActorDictionary.standard().regexnerLines();

  /** Whether some line's token patterns match these CoreNLP-style tokens one to one. */
  private boolean someLineMatches(String... tokens) {
    for (String line : lines) {
      String[] patterns = line.split("\t")[0].split(" ");
      if (patterns.length != tokens.length) {
        continue;
      }
      boolean all = true;
      for (int i = 0; i < tokens.length && all; i++) {
        all = Pattern.compile(patterns[i]).matcher(tokens[i]).matches();
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  @Test
  void linesHaveFourFieldsAndCompile() {
    assertTrue(lines.size() > 500, "lines: " + lines.size());
    for (String line : lines) {
      String[] f = line.split("\t", -1);
      assertEquals(4, f.length, line);
      assertEquals("ORGANIZATION", f[1]);
      Double.parseDouble(f[3]);
      for (String token : f[0].split(" ")) {
        Pattern.compile(token);
      }
    }
  }

  @Test
  void coversNamesTheDefaultNerGetsWrong() {
    assertTrue(someLineMatches("Hayat", "Tahrir", "Al-Sham"));
    assertTrue(someLineMatches("Hay’at", "Tahrir", "al-Sham"));
    assertTrue(someLineMatches("HTS"));
    assertTrue(someLineMatches("Daesh"));
    assertFalse(someLineMatches("hts"), "acronyms stay exact-case");
    assertFalse(someLineMatches("Russia"), "countries keep their location tags");
  }
}
