package org.sitrep.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KnowledgeReaderTest {
  private static Tsv.Row row(String... fields) {
    return new Tsv.Row("test.tsv", 7, List.of(fields));
  }

  @Test
  void malformedActorRowsBecomeErrors() {
    List<String> errors = new ArrayList<>();
    List<ActorEntry> read = KnowledgeReader.actors(List.of(
        row("ok", "Okay Group", "", "OG", "rebel", "SYR", "", "somewhere"),
        row("Bad Id", "Name", "", "", "rebel", "SYR", "", "src"),
        row("k1", "Name", "", "", "warlords", "SYR", "", "src"),
        row("k2", "Name", "", "", "rebel", "Syria", "", "src"),
        row("k3", "Name", "", "", "rebel", "", "", ""),
        row("k4", "Name", "", "", "rebel", "", "part_of", "src"),
        row("k5", "Name", "", "", "rebel", "", "kind=pirates@2010", "src"),
        row("k6", "Name", "", "", "rebel", "", "part_of=x@2020..2010", "src")), errors);
    assertEquals(1, read.size());
    assertEquals(7, errors.size(), errors.toString());
    assertTrue(errors.get(0).contains("line 7"));
  }

  @Test
  void malformedPersonAndDemonymRowsBecomeErrors() {
    List<String> errors = new ArrayList<>();
    assertEquals(1, KnowledgeReader.persons(List.of(
        row("A B", "", "leader", "hts", "2017..", "src"),
        row("C D", "", "leader", "hts", "yesterday", "src")), errors).size());
    assertEquals(1, KnowledgeReader.demonyms(List.of(
        row("Syrian", "SYR", "state", "Syria"),
        row("Kurdish", "IRQ", "ethnic", "")), errors).size());
    assertEquals(2, errors.size());
  }

  @Test
  void datesAreInclusiveAndOpenEnded() {
    DateRange r = DateRange.parse("2012..2016-07");
    assertTrue(r.covers(LocalDate.of(2012, 1, 1)));
    assertTrue(r.covers(LocalDate.of(2016, 7, 31)));
    assertTrue(!r.covers(LocalDate.of(2016, 8, 1)));
    assertTrue(DateRange.parse("..2000").covers(LocalDate.of(1900, 1, 1)));
    assertTrue(DateRange.parse("2024-12-08").covers(LocalDate.of(2030, 1, 1)));
    assertNull(DateRange.parse("2024-13"));
    assertNull(Affiliation.parse("=x"));
    assertEquals("al-qaeda", Affiliation.parse("former_affiliate_of=al-qaeda@2012..2016").target());
  }

  @Test
  void missingResourceIsAnErrorNotAnException() {
    List<String> errors = new ArrayList<>();
    assertTrue(Tsv.read("/org/sitrep/actor/no-such.tsv", errors).isEmpty());
    assertEquals(1, errors.size());
  }
}
