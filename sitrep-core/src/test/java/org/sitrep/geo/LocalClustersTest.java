package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Small towns named together lie together: each is read where the others have a namesake close by. */
class LocalClustersTest {
  private static GazetteerEntry town(String name, long id, String admin1, float lat, float lon, long pop) {
    return new GazetteerEntry(EntryKind.CITY, name, id, "USA", admin1, lat, lon, pop, "PPL");
  }

  private static final Gazetteer GAZ = Gazetteer.builder()
      .country(HandBuiltPlaces.USA, List.of(), List.of("American"))
      .add(town("New London", 1, "Connecticut", 41.36f, -72.10f, 27_000))
      .add(town("New London", 2, "Iowa", 40.93f, -91.40f, 1_900))
      .add(town("Mount Pleasant", 3, "South Carolina", 32.79f, -79.86f, 81_000))
      .add(town("Mount Pleasant", 4, "Iowa", 40.96f, -91.56f, 8_400))
      .add(town("Winfield", 5, "Kansas", 37.24f, -97.00f, 12_200))
      .add(town("Winfield", 6, "Iowa", 41.12f, -91.44f, 1_100))
      .build();

  private static List<String> places(String text) {
    return HandBuiltPlaces.find(GAZ, text).stream()
        .map(m -> m.place().text() + ":" + m.place().admin1()).toList();
  }

  @Test
  void townsNamedTogetherAreReadWhereTheyLieTogether() {
    assertEquals(List.of("New London:Iowa", "Mount Pleasant:Iowa", "Winfield:Iowa"),
        places("Police in New London asked officers from Mount Pleasant and from Winfield for help."));
  }

  @Test
  void aTownAloneIsTheLargerNamesake() {
    assertEquals(List.of("Mount Pleasant:South Carolina"), places("Police in Mount Pleasant asked for help."));
  }
}
