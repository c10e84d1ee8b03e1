package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The first word of a name the gazetteer lacks is no small town elsewhere: "Tal Rifaat" is not Tal, India. */
class LongerNamesTest {
  private static final Gazetteer GAZ = Gazetteer.builder()
      .country(new CountryInfo("IN", "IND", "India", 22f, 79f, 8f, 68f, 35f, 97f), List.of(), List.of("Indian"))
      .country(new CountryInfo("SY", "SYR", "Syria", 35f, 38f, 32f, 35f, 37f, 42f), List.of(), List.of("Syrian"))
      .add(new GazetteerEntry(EntryKind.CITY, "Tal", 1, "IND", "MP", 23.7f, 75.4f, 14_000, "PPLA2"))
      .add(new GazetteerEntry(EntryKind.CITY, "Aleppo", 2, "SYR", "Aleppo", 36.2f, 37.2f, 1_800_000, "PPLA"))
      .build();

  private static boolean finds(String text, String name) {
    return HandBuiltPlaces.find(GAZ, text).stream().anyMatch(m -> m.place().text().equals(name));
  }

  @Test
  void aSmallTownBeforeAnUnknownCapitalisedWordIsPartOfALongerName() {
    assertTrue(!finds("Families fled fighting in Tal Rifaat north of Aleppo.", "Tal"));
    assertTrue(finds("Families fled fighting in Tal on Monday.", "Tal"), "after \"in\", alone, it is the town");
    assertTrue(finds("Families fled the Tal Rifaat area north of Aleppo, India said.", "Aleppo"));
  }

  @Test
  void theSameTownStandsAloneOrBeforeAPlace() {
    assertTrue(finds("Families fled Tal, India, on Monday.", "Tal"));
    assertTrue(finds("Fighting reached Aleppo Rifaat on Monday.", "Aleppo"), "a city too large to be read into another name");
  }
}
