package org.sitrep.eval.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CaseReaderTest {
  @Test
  void badLinesAreReportedAndReadingGoesOn() {
    String jsonl = String.join("\n",
        "{\"id\":\"neg-1\",\"text\":\"The striker shot the keeper.\",\"published\":\"2024-03-02\",\"domain\":\"sport\"}",
        "not json",
        "{\"id\":\"neg-2\",\"published\":\"2024-03-02\"}",
        "",
        "{\"id\":\"neg-3\",\"text\":\"A hostile takeover.\",\"published\":\"March\"}",
        "[1,2]",
        "{\"id\":\"neg-4\",\"text\":\"Shares were killed.\"}");
    List<String> problems = new ArrayList<>();
    CaseReader<NegativeCase> reader = new CaseReader<>(new BufferedReader(new StringReader(jsonl)), NegativeCase::parse,
        (line, problem, message) -> problems.add(line + " " + problem));
    CaseReader.Numbered<NegativeCase> first = reader.next();
    CaseReader.Numbered<NegativeCase> second = reader.next();
    assertEquals("neg-1", first.value().id());
    assertEquals("sport", first.value().domain());
    assertEquals(7, second.line());
    assertEquals("unknown", second.value().domain());
    assertNull(reader.next());
    assertEquals(List.of("2 BROKEN_JSON", "3 BAD_RECORD", "5 BAD_DATE", "6 BAD_RECORD"), problems);
  }

  @Test
  void randomLinesNeverThrowAndEachNonBlankLineIsARecordOrAProblem() {
    Random r = new Random(11);
    String[] pieces = {"{", "}", "\"id\":", "\"text\":", "\"x\"", ",", "null", "[", "]", "\"published\":\"2024-13-40\"",
        "\"lat\":\"n\"", "\"source_headline\":\"4 killed\"", "\"date_start\":\"2019-01-01\"", "7", " "};
    for (int round = 0; round < 200; round++) {
      StringBuilder jsonl = new StringBuilder();
      int lines = 1 + r.nextInt(6);
      for (int i = 0; i < lines; i++) {
        for (int k = r.nextInt(12); k > 0; k--) {
          jsonl.append(pieces[r.nextInt(pieces.length)]);
        }
        jsonl.append('\n');
      }
      int[] problems = {0};
      CaseReader<UcdpCase> reader = new CaseReader<>(new BufferedReader(new StringReader(jsonl.toString())), UcdpCase::parse,
          (line, problem, message) -> problems[0]++);
      int records = 0;
      while (reader.next() != null) {
        records++;
      }
      long nonBlank = jsonl.toString().lines().filter(l -> !l.isBlank()).count();
      assertEquals(nonBlank, records + problems[0], jsonl.toString());
    }
  }
}
