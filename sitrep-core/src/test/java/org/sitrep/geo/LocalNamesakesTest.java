package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A town named after a country is the town only when the article's local names sit beside it. */
class LocalNamesakesTest {
  private static final Gazetteer GAZ = Gazetteer.builder()
      .country(HandBuiltPlaces.USA, List.of(), List.of("American"))
      .country(new CountryInfo("LB", "LBN", "Lebanon", 33.9f, 35.9f, 33f, 35f, 34.7f, 36.6f), List.of(), List.of("Lebanese"))
      .country(new CountryInfo("SY", "SYR", "Syria", 35f, 38f, 32f, 35.7f, 37.3f, 42.4f), List.of(), List.of("Syrian"))
      .add(new GazetteerEntry(EntryKind.CITY, "Lebanon", 1, "USA", "Indiana", 40.05f, -86.47f, 15_800, "PPLA2"))
      .add(new GazetteerEntry(EntryKind.CITY, "Lebanon", 2, "USA", "Pennsylvania", 40.34f, -76.41f, 25_500, "PPLA2"))
      .add(new GazetteerEntry(EntryKind.ADMIN2, "Boone County", 0, "USA", "Indiana", 40.05f, -86.47f, 0, ""))
      .add(new GazetteerEntry(EntryKind.CITY, "Zionsville", 3, "USA", "Indiana", 39.95f, -86.26f, 14_000, "PPL"))
      .add(new GazetteerEntry(EntryKind.CITY, "Palmyra", 4, "USA", "Pennsylvania", 40.31f, -76.59f, 7_300, "PPL"))
      .add(new GazetteerEntry(EntryKind.CITY, "Palmyra", 5, "SYR", "Homs Governorate", 34.56f, 38.28f, 50_000, "PPL"))
      .build();

  private static List<String> places(String text) {
    return HandBuiltPlaces.find(GAZ, text).stream()
        .map(m -> m.place().text() + ":" + m.place().country() + ":" + m.place().precision().json()).toList();
  }

  @Test
  void localNamesBesideTheTownMakeItTheTown() {
    assertEquals(List.of("Lebanon:USA:city", "Boone County:USA:admin2", "Zionsville:USA:city"),
        places("Lebanon schedules its spring clean-up. Residents of Boone County may use the site, as may drivers in Zionsville."));
  }

  @Test
  void aNameReadInSeveralCountriesShowsNothing() {
    assertEquals(List.of("Palmyra:SYR:city", "Lebanon:LBN:country"),
        places("Fighters withdrew from Palmyra toward Lebanon on Sunday."));
  }

  @Test
  void withoutLocalNamesTheCountryStays() {
    assertEquals(List.of("Lebanon:LBN:country"), places("Lebanon schedules elections for May."));
  }
}
