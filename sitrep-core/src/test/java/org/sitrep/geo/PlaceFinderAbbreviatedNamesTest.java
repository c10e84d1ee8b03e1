package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "St. Paris", "Mt. Pleasant", "W. Va.": abbreviated names; a saint's day or church is no town. */
class PlaceFinderAbbreviatedNamesTest {
  private static final Gazetteer GAZ = Gazetteer.builder()
      .country(HandBuiltPlaces.USA, List.of(), List.of("American"))
      .add(new GazetteerEntry(EntryKind.ADMIN1, "West Virginia", 0, "USA", "West Virginia", 38.5f, -80.5f, 0, ""))
      .add(new GazetteerEntry(EntryKind.ADMIN1, "Virginia", 0, "USA", "Virginia", 37.5f, -78.8f, 0, ""))
      .add(new GazetteerEntry(EntryKind.CITY, "Saint Paris", 1, "USA", "Ohio", 40.13f, -83.96f, 2_000, "PPL"))
      .add(new GazetteerEntry(EntryKind.CITY, "Paris", 2, "USA", "Texas", 33.66f, -95.56f, 24_800, "PPLA2"))
      .add(new GazetteerEntry(EntryKind.CITY, "Mount Pleasant", 3, "USA", "Iowa", 40.96f, -91.56f, 8_600, "PPLA2"))
      .add(new GazetteerEntry(EntryKind.CITY, "Saint Patrick", 4, "USA", "Missouri", 40.5f, -91.6f, 600, "PPL"))
      .add(new GazetteerEntry(EntryKind.CITY, "City of London", 5, "GBR", "England", 51.51f, -0.09f, 8_000, "PPL"), "The City")
      .build();

  private static List<String> places(String text) {
    return HandBuiltPlaces.find(GAZ, text).stream()
        .map(m -> m.place().text() + ":" + m.place().name()).toList();
  }

  @Test
  void abbreviatedFirstWordIsSpelledOut() {
    assertEquals(List.of("St. Paris:Saint Paris", "Mt. Pleasant:Mount Pleasant"),
        places("Deputies from St. Paris drove to Mt. Pleasant on Monday."));
  }

  @Test
  void spacedStateAbbreviationIsTheState() {
    assertEquals(List.of("W. Va.:West Virginia"), places("The mayor of Lewisburg, W. Va. said the bill passed."));
  }

  @Test
  void saintInThePossessiveIsNoTown() {
    assertEquals(List.of(), places("Police stepped up patrols for St. Patrick's Day in the county."));
  }

  @Test
  void theCityAloneIsNoPlace() {
    assertEquals(List.of(), places("The City Council voted 8-1 on Tuesday."));
  }
}
