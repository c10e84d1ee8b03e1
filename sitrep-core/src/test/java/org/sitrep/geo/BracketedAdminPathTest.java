package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Conflict-data notes place a town by a bracketed admin path: "Mushu village (Bokkos, Plateau)". */
class BracketedAdminPathTest {
  private static GazetteerEntry city(String name, long id, String iso3, String admin1, long pop) {
    return new GazetteerEntry(EntryKind.CITY, name, id, iso3, admin1, 10f + id, 20f + id, pop, "PPL");
  }

  private static GazetteerEntry division(String name, String iso3, float lat, float lon) {
    return new GazetteerEntry(EntryKind.ADMIN1, name, 0, iso3, name, lat, lon, 0, "");
  }

  private static final Gazetteer GAZ = Gazetteer.builder()
      .country(HandBuiltPlaces.country("NGA", "Nigeria", 9f, 8f), List.of(), List.of("Nigerian"))
      .country(HandBuiltPlaces.country("BEN", "Benin", 9.5f, 2.3f), List.of(), List.of("Beninese"))
      .country(HandBuiltPlaces.country("CHN", "China", 35f, 105f), List.of(), List.of("Chinese"))
      .add(division("Plateau", "NGA", 9.2f, 9.5f))
      .add(division("Plateau", "BEN", 7.2f, 2.6f))
      .add(city("Bokkos", 1, "NGA", "Plateau", 20_000))
      .add(city("Mushu", 2, "CHN", "Guizhou", 3_000_000))
      .add(city("Pobe", 3, "BEN", "Plateau", 2_000_000))
      .add(city("Pobe", 4, "NGA", "Plateau", 1_000))
      .build();

  private static List<PlaceMention> find(String text) {
    return HandBuiltPlaces.find(GAZ, text);
  }

  @Test
  void aVillageTheGazetteerLacksIsNoNamesakeAbroad() {
    List<PlaceMention> found = find("Gunmen attacked Mushu village (Bokkos, Plateau) on Sunday.");
    assertTrue(found.stream().noneMatch(m -> "CHN".equals(m.place().country())), found.toString());
    assertTrue(found.stream().anyMatch(m -> m.place().name().equals("Bokkos")), found.toString());
  }

  @Test
  void aPathOutweighsALargerNamesakeAbroad() {
    List<PlaceMention> found = find("Gunmen attacked Pobe (Bokkos, Plateau) on Sunday.");
    PlaceMention pobe = found.stream().filter(m -> m.place().text().equals("Pobe")).findFirst().orElseThrow();
    assertEquals("NGA", pobe.place().country(), "the path says Plateau, Nigeria, though Benin's Pobe is larger");
  }
}
