package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;

/** US local news: counties, the state the article names, and towns found only by a former name. */
class PlaceResolverLocalTest {
  private static GazetteerEntry city(String name, long id, String admin1, float lat, float lon, long pop) {
    return new GazetteerEntry(EntryKind.CITY, name, id, "USA", admin1, lat, lon, pop, "PPL");
  }

  private static GazetteerEntry county(String name, String admin1, float lat, float lon) {
    return new GazetteerEntry(EntryKind.ADMIN2, name, 0, "USA", admin1, lat, lon, 0, "");
  }

  private static GazetteerEntry state(String name, float lat, float lon) {
    return new GazetteerEntry(EntryKind.ADMIN1, name, 0, "USA", name, lat, lon, 0, "");
  }

  private static final Gazetteer GAZ = Gazetteer.builder()
      .country(HandBuiltPlaces.USA, List.of(), List.of("American"))
      .add(state("Kentucky", 37.5f, -85f))
      .add(state("Georgia", 32.75f, -83.5f))
      .add(state("Illinois", 40f, -89f))
      .add(state("Missouri", 38.25f, -92.5f))
      .add(county("Laurel County", "Kentucky", 37.11f, -84.12f))
      .add(county("Laurel County", "Georgia", 31.9f, -82.9f))
      .add(city("Springfield", 1, "Illinois", 39.8f, -89.64f, 116_000))
      .add(city("Springfield", 2, "Missouri", 37.2f, -93.29f, 166_000))
      .add(city("Trenton", 3, "New Jersey", 40.22f, -74.76f, 84_000))
      .add(city("West Monroe", 4, "Louisiana", 32.52f, -92.15f, 13_000), "Trenton")
      .add(city("Arlington", 6, "Texas", 32.74f, -97.11f, 390_000))
      .add(new GazetteerEntry(EntryKind.CITY, "Arlington", 7, "USA", "Virginia", 38.88f, -77.10f, 230_000, "PPLA2"))
      .add(new GazetteerEntry(EntryKind.CITY, "Hamah", 5, "SYR", "Hama Governorate", 35.13f, 36.76f, 460_000, "PPLA"), "Hama")
      .add(new GazetteerEntry(EntryKind.ADMIN1, "Hama Governorate", 0, "SYR", "Hama Governorate", 35.19f, 37.21f, 0, ""), "Hama")
      .build();

  private static List<String> places(String text) {
    return HandBuiltPlaces.find(GAZ, text).stream()
        .map(m -> m.place().text() + ":" + m.place().admin1() + ":" + m.place().precision().json()).toList();
  }

  @Test
  void countyIsReadInTheStateTheArticleNames() {
    assertEquals(List.of("Kentucky:Kentucky:admin1", "Laurel County:Kentucky:admin2"),
        places("Deputies in Kentucky said they searched Laurel County overnight."));
    assertEquals(List.of("Georgia:Georgia:admin1", "Laurel County:Georgia:admin2"),
        places("Deputies in Georgia said they searched Laurel County overnight."));
  }

  @Test
  void withoutContextTheLargerTownBeatsASmallerDivisionSeat() {
    assertEquals(List.of("Arlington:Texas:city"), places("The City Council of Arlington voted 8-1 on Tuesday."));
  }

  @Test
  void townIsReadInTheStateTheArticleNames() {
    assertEquals(List.of("Illinois:Illinois:admin1", "Springfield:Illinois:city"),
        places("Lawmakers from across Illinois gathered in Springfield on Monday."));
    assertEquals(List.of("Missouri:Missouri:admin1", "Springfield:Missouri:city"),
        places("Lawmakers from across Missouri gathered in Springfield on Monday."));
  }

  @Test
  void formerNameLosesToThePlaceOfThatName() {
    List<String> found = places("Deputies from West Monroe drove to Trenton on Monday.");
    assertEquals(List.of("West Monroe:Louisiana:city", "Trenton:New Jersey:city"), found);
  }

  @Test
  void aSpellingNoCandidateBearsIsNotPenalised() {
    assertEquals(List.of("Hama:Hama Governorate:city"), places("Rebels entered Hama on Thursday."));
  }

  @Test
  void aStateNamedOnlyInsideAnOrganisationStillTellsTheTown() {
    // "Illinois" is no place in a newspaper's name, but it says which Springfield
    assertEquals(List.of("Springfield:Illinois:city"), places("Springfield officials met on Monday, the Illinois Times reported."));
    assertEquals(List.of("Springfield:Missouri:city"), places("Springfield officials met the road builders on Monday."));
  }
}
