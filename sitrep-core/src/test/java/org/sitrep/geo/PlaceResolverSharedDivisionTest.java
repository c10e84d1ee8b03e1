package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ambiguous US names read together (the state they share), and same-name divisions: a county seat
 * named like a state is the state, while a division named after its own city (Gaza, Paris) does not
 * outweigh towns of that name.
 */
class PlaceResolverSharedDivisionTest {
  private static GazetteerEntry city(String name, long id, String iso3, String admin1, float lat, float lon, long pop, String feature) {
    return new GazetteerEntry(EntryKind.CITY, name, id, iso3, admin1, lat, lon, pop, feature);
  }

  private static GazetteerEntry county(String name, String admin1, float lat, float lon) {
    return new GazetteerEntry(EntryKind.ADMIN2, name, 0, "USA", admin1, lat, lon, 0, "");
  }

  private static GazetteerEntry division(String name, String iso3, String admin1, float lat, float lon) {
    return new GazetteerEntry(EntryKind.ADMIN1, name, 0, iso3, admin1, lat, lon, 0, "");
  }

  private static final Gazetteer GAZ = Gazetteer.builder()
      .country(HandBuiltPlaces.USA, List.of(), List.of("American"))
      .add(city("Paris", 1, "USA", "Texas", 33.66f, -95.56f, 24_800, "PPLA2"))
      .add(city("Paris", 2, "USA", "Tennessee", 36.30f, -88.33f, 10_100, "PPLA2"))
      .add(county("Henry County", "Tennessee", 36.33f, -88.30f))
      .add(county("Henry County", "Georgia", 33.45f, -84.15f))
      .add(division("Oregon", "USA", "Oregon", 44f, -120.5f))
      .add(city("Oregon", 3, "USA", "Illinois", 42.01f, -89.33f, 3_700, "PPLA2"))
      .add(city("Chicago", 4, "USA", "Illinois", 41.85f, -87.65f, 2_700_000, "PPLA2"))
      .add(city("Gaza", 5, "PSE", "Gaza", 31.50f, 34.47f, 410_000, "PPLA"))
      .add(division("Gaza Province", "MOZ", "Gaza", -23.02f, 32.72f), "Gaza")
      .add(city("Paris", 6, "FRA", "Paris", 48.85f, 2.35f, 2_138_000, "PPLC"))
      .add(division("Paris", "FRA", "Paris", 48.86f, 2.35f))
      .add(city("Dallas", 7, "USA", "Texas", 32.78f, -96.81f, 1_300_000, "PPLA2"))
      .build();

  private static List<String> places(String text) {
    return HandBuiltPlaces.find(GAZ, text).stream()
        .map(m -> m.place().text() + ":" + m.place().country() + ":" + m.place().admin1()).toList();
  }

  @Test
  void namesThatShareOneStateAreReadInIt() {
    assertEquals(List.of("Paris:USA:Tennessee", "Henry County:USA:Tennessee"),
        places("Every household in Paris and Henry County will receive a letter next week."));
  }

  @Test
  void aTownBesideACoMentionedCityIsNotOutweighedByTheWorldCity() {
    assertEquals(List.of("Paris:USA:Texas", "Dallas:USA:Texas"), places("The council in Paris met on Tuesday, officials in Dallas said."));
  }

  @Test
  void aCountySeatNamedLikeAStateIsTheState() {
    assertEquals(List.of("Oregon:USA:Oregon", "Chicago:USA:Illinois"), places("Delegates from Oregon arrived in Chicago on Monday."));
  }

  @Test
  void aFirstLevelSeatIsNotOutweighedByAForeignDivision() {
    assertEquals(List.of("Gaza:PSE:Gaza"), places("Air strikes hit Gaza overnight, medics said."));
  }
}
