package org.sitrep.actor.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sitrep.actor.DateRange;

class PetrarchDictionaryReaderTest {
  private final PetrarchDictionary dict = Fixture.read();

  @Test
  void readsPrimaryPhrasesWithSynonymsAndDefaultCodes() {
    PetrarchEntry zlf = Fixture.actor(dict, "ZANZIBAR LIBERATION FRONT");
    assertEquals(List.of("ZLF", "ZANZIBAR FRONT"), zlf.synonyms());
    assertEquals(List.of(new CameoCode("ZZZREB", DateRange.ALWAYS)), zlf.codes());
    assertEquals(4, zlf.line());
    assertEquals(List.of("AL QAIDA", "AQ"), Fixture.actor(dict, "AL-QAEDA").synonyms());
  }

  @Test
  void readsIndentedDateRestrictionsWithBothYearForms() {
    List<CameoCode> codes = Fixture.actor(dict, "KOFI MBEKI").codes();
    assertEquals(3, codes.size());
    assertEquals(new DateRange(null, LocalDate.of(2009, 1, 19)), codes.get(0).dates());
    assertEquals(new CameoCode("ZZZGOV", new DateRange(LocalDate.of(2009, 1, 20), LocalDate.of(2017, 1, 20))), codes.get(1));
    assertEquals(new DateRange(LocalDate.of(2017, 1, 21), null), codes.get(2).dates());
    assertFalse(codes.get(1).isDefault());
  }

  @Test
  void readsInlineRestrictionAndKeepsTheRecordWhenALaterRestrictionIsBad() {
    PetrarchEntry north = Fixture.actor(dict, "NORTHLAND ARMED FORCES");
    assertEquals(List.of(new CameoCode("NLDMIL", new DateRange(LocalDate.of(2020, 1, 1), null))), north.codes());
  }

  @Test
  void collectsMalformedLinesWithLineNumbers() {
    List<String> errors = dict.errors();
    assertEquals(4, errors.size(), errors.toString());
    assertTrue(errors.get(0).startsWith("fixture.actors line 18: bad date restriction"), errors.get(0));
    assertTrue(errors.get(1).startsWith("fixture.actors line 19: empty synonym"), errors.get(1));
    assertTrue(errors.get(2).startsWith("fixture.actors line 20: unbalanced"), errors.get(2));
    assertTrue(errors.get(3).startsWith("fixture.actors line 21: synonym before any actor"), errors.get(3));
    assertTrue(dict.actors().stream().noneMatch(a -> a.name().startsWith("BROKEN")));
  }

  @Test
  void commentsOfAllThreeKindsAreSkipped() {
    assertEquals(List.of("ZANZIBAR LIBERATION FRONT", "KOFI MBEKI", "AL-QAEDA", "NORTHLAND ARMED FORCES",
        "NULL CODED THING", "UNITED NATIONS"), dict.actors().stream().map(PetrarchEntry::name).toList());
    assertEquals(List.of(new CameoCode("IGOUNO", DateRange.ALWAYS)), Fixture.actor(dict, "UNITED NATIONS").codes());
  }

  @Test
  void readsAgentsWithPluralsAndTildeSides() {
    List<PetrarchAgent> agents = dict.agents();
    assertEquals(3, agents.size(), agents.toString());
    assertEquals(new PetrarchAgent("PRESIDENT", "PRESIDENTS", "GOVPRS", true, 24), agents.get(0));
    assertEquals(new PetrarchAgent("HUMAN RIGHTS BODY", null, "NGO", false, 25), agents.get(1));
    assertEquals(new PetrarchAgent("MINISTER", null, "GOV", true, 26), agents.get(2));
  }

  @Test
  void restrictionForms() {
    assertNotNull(CodeBlock.restriction("<450703"));
    assertEquals(LocalDate.of(1945, 7, 3), CodeBlock.restriction("<450703").to());
    assertNull(CodeBlock.restriction("20200101-20190101"), "end before start");
    assertNull(CodeBlock.restriction("=20200101"));
    assertNull(CodeBlock.restriction(">2020"));
  }

  @Test
  void randomLinesNeverThrowAndErrorsNameALine() {
    String[] pieces = {"[", "]", "+", "~", "{", "}", "<!--", "-->", "#", ";", "\t", "_", "ABC", "SYRGOV", " ",
        ">2009", "<", "-", "20090120", "999999", "\n", "é", "[SYRGOV >20090120]", "FOO_BAR_"};
    Random random = new Random(7);
    for (int round = 0; round < 500; round++) {
      List<String> lines = new ArrayList<>();
      for (int n = random.nextInt(8); n >= 0; n--) {
        StringBuilder line = new StringBuilder();
        for (int k = random.nextInt(7); k >= 0; k--) {
          line.append(pieces[random.nextInt(pieces.length)]);
        }
        lines.add(line.toString());
      }
      PetrarchDictionary d = PetrarchDictionaryReader.read(lines, "r");
      d.errors().forEach(e -> assertTrue(e.matches("r line \\d+: .+"), e));
      d.actors().forEach(a -> assertFalse(a.name().isBlank(), lines.toString()));
      d.actors().forEach(a -> assertTrue(a.line() >= 1 && a.line() <= lines.size()));
    }
  }
}
