package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Article;

/** Small towns named together lie together: each is read where the others have a namesake close by. */
class LocalClustersTest {
  private static GazetteerEntry town(String name, long id, String admin1, float lat, float lon, long pop) {
    return new GazetteerEntry(EntryKind.CITY, name, id, "USA", admin1, lat, lon, pop, "PPL");
  }

  private static final Gazetteer GAZ = Gazetteer.builder()
      .country(new CountryInfo("US", "USA", "United States", 39.8f, -98.5f, 25f, -125f, 49f, -67f), List.of(), List.of("American"))
      .add(town("New London", 1, "Connecticut", 41.36f, -72.10f, 27_000))
      .add(town("New London", 2, "Iowa", 40.93f, -91.40f, 1_900))
      .add(town("Mount Pleasant", 3, "South Carolina", 32.79f, -79.86f, 81_000))
      .add(town("Mount Pleasant", 4, "Iowa", 40.96f, -91.56f, 8_400))
      .add(town("Winfield", 5, "Kansas", 37.24f, -97.00f, 12_200))
      .add(town("Winfield", 6, "Iowa", 41.12f, -91.44f, 1_100))
      .build();

  private static List<String> places(String text) {
    Article a = new Article("t", null, "t", LocalDate.of(2024, 1, 1), "test", text, "test");
    return new PlaceFinder(GAZ).find(new AnnotatedArticle(a, List.of()), List.of()).stream()
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
