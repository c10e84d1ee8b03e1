package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Article;

/** The guard that keeps a world city or a division from losing to a same-name town of the article's focus. */
class PlaceResolverGuardTest {
  private static GazetteerEntry city(String name, long id, String iso3, String admin1, float lat, float lon, long pop, String feature) {
    return new GazetteerEntry(EntryKind.CITY, name, id, iso3, admin1, lat, lon, pop, feature);
  }

  private static CountryInfo country(String iso3, String name, float lat, float lon) {
    return new CountryInfo(iso3.substring(0, 2), iso3, name, lat, lon, lat - 5, lon - 5, lat + 5, lon + 5);
  }

  private static final Gazetteer GAZ = Gazetteer.builder()
      .country(country("USA", "United States", 39.8f, -98.5f), List.of(), List.of("American"))
      .country(country("GBR", "United Kingdom", 54f, -2f), List.of(), List.of("British"))
      .country(country("CAN", "Canada", 60f, -96f), List.of(), List.of("Canadian"))
      .add(city("London", 1, "GBR", "ENG", 51.51f, -0.13f, 8_900_000, "PPLC"))
      .add(city("London", 2, "USA", "OH", 39.89f, -83.45f, 10_000, "PPLA2"))
      .add(city("Columbus", 3, "USA", "OH", 39.96f, -83.0f, 900_000, "PPLA"))
      .add(city("Seattle", 4, "USA", "WA", 47.6f, -122.3f, 700_000, "PPLA2"))
      .add(city("Ontario", 5, "USA", "CA", 34.06f, -117.65f, 170_000, "PPL"))
      .add(city("Park", 6, "USA", "KS", 38.9f, -100.4f, 100, "PPL"))
      .add(new GazetteerEntry(EntryKind.ADMIN1, "Ohio", 0, "USA", "OH", 40.25f, -83f, 0, ""))
      .add(new GazetteerEntry(EntryKind.ADMIN1, "Ontario", 0, "CAN", "08", 49.25f, -84.5f, 0, ""))
      .build();

  private static List<String> countries(String text) {
    Article a = new Article("t", null, "t", LocalDate.of(2024, 1, 1), "test", text, "test");
    return new PlaceFinder(GAZ).find(new AnnotatedArticle(a, List.of()), List.of()).stream()
        .map(m -> m.place().text() + ":" + m.place().country()).toList();
  }

  @Test
  void worldCityBeatsFocusTownWithoutLocalSupport() {
    assertEquals(List.of("United States:USA", "Seattle:USA", "London:GBR"),
        countries("United States officials in Seattle flew to London on Monday."));
  }

  @Test
  void nearbyCityKeepsTheSmallTown() {
    assertEquals(List.of("United States:USA", "Columbus:USA", "London:USA"),
        countries("United States officials in Columbus drove to London on Monday."));
  }

  @Test
  void ownDivisionKeepsTheSmallTown() {
    assertEquals(List.of("United States:USA", "Ohio:USA", "London:USA"),
        countries("United States officials in Ohio drove to London on Monday."));
  }

  @Test
  void divisionBeatsSameNameTownOfTheFocusCountry() {
    assertEquals(List.of("United States:USA", "Seattle:USA", "Ontario:CAN"),
        countries("United States officials in Seattle flew to Ontario on Monday."));
  }

  @Test
  void qualifierStillReadsTheTown() {
    assertEquals(List.of("United States:USA", "London:USA", "Ohio:USA"),
        countries("United States officials drove to London, Ohio on Monday."));
  }

  @Test
  void townNameWrittenLowercaseElsewhereIsTheCommonWord() {
    assertEquals(List.of("Seattle:USA"), countries("Park officials in Seattle said the park was closed."));
    assertEquals(List.of("Seattle:USA", "Park:USA"), countries("Officials in Seattle drove to Park, Kansas."));
  }

  @Test
  void placeNameBeforeVirusNamesThePathogen() {
    assertEquals(List.of("Seattle:USA"), countries("Seattle doctors found Ontario virus in a patient."));
  }
}
