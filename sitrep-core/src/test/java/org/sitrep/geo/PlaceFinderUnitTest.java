package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Article;
import org.sitrep.model.PlacePrecision;
import org.sitrep.model.Span;
import org.junit.jupiter.api.Test;

class PlaceFinderUnitTest {
  private static GazetteerEntry city(String name, long id, String iso3, long pop, String feature) {
    return new GazetteerEntry(EntryKind.CITY, name, id, iso3, iso3 + "-div", 10f + id, 20f + id, pop, feature);
  }

  private static final Gazetteer GAZ = Gazetteer.builder()
      .country(HandBuiltPlaces.country("LBN", "Lebanon", 33.8f, 35.8f), List.of(), List.of("Lebanese"))
      .country(HandBuiltPlaces.country("LBY", "Libya", 25f, 17f), List.of(), List.of("Libyan"))
      .country(HandBuiltPlaces.country("SYR", "Syria", 35f, 38f), List.of(), List.of("Syrian"))
      .add(city("Tripoli", 1, "LBN", 200_000, "PPLA"))
      .add(city("Tripoli", 2, "LBY", 1_000_000, "PPLC"))
      .add(city("Deir ez-Zor", 3, "SYR", 240_000, "PPLA"), "Dayr az Zawr", "Deir al-Zour")
      .add(new GazetteerEntry(EntryKind.ADMIN1, "Homs Governorate", 0, "SYR", "Homs Governorate", 34f, 38f, 0, ""), "Homs")
      .add(city("Homs", 4, "SYR", 700_000, "PPLA"))
      .add(city("Many", 5, "SYR", 900_000, "PPL"))
      .build();

  private static List<PlaceMention> find(String text, Span... exclude) {
    Article a = new Article("t", null, "t", LocalDate.of(2024, 1, 1), "test", text, "test");
    return new PlaceFinder(GAZ).find(new AnnotatedArticle(a, List.of()), List.of(exclude));
  }

  @Test
  void spellingVariantsShareOneKey() {
    assertEquals(NameKey.of("Deir ez-Zor"), NameKey.of("Deir Zor"));
    assertEquals(NameKey.of("Al-Raqqah"), NameKey.of("Raqqah"));
    assertEquals(NameKey.of("Ḩamāh"), NameKey.of("hamah"));
    assertNotEquals(NameKey.of("Homs"), NameKey.of("Hama"));
  }

  @Test
  void qualifierPicksTheNamedCountry() {
    PlaceMention m = find("Clashes in Tripoli, Lebanon on Monday.").get(0);
    assertEquals("LBN", m.place().country());
    assertEquals("Tripoli", m.place().text());
  }

  @Test
  void countryFocusOutweighsPopulation() {
    List<PlaceMention> ms = find("Lebanon said fighting spread. Shelling hit Tripoli.");
    assertEquals("LBN", ms.get(ms.size() - 1).place().country());
  }

  @Test
  void populationAndCapitalDecideWithoutContext() {
    assertEquals("LBY", find("Shelling hit Tripoli.").get(0).place().country());
  }

  @Test
  void provinceWordMakesAnAdmin1() {
    PlaceMention m = find("Fighting in Homs province grew.").get(0);
    assertEquals(PlacePrecision.ADMIN1, m.place().precision());
    assertEquals("Homs province", m.place().text());
  }

  @Test
  void unqualifiedNamePrefersTheCity() {
    assertEquals(PlacePrecision.CITY, find("Fighting in Homs grew.").get(0).place().precision());
  }

  @Test
  void arabicSpellingVariantsResolve() {
    List<PlaceMention> ms = find("They fled Dayr az Zawr and Deir al-Zour.");
    assertEquals(2, ms.size());
    assertTrue(ms.stream().allMatch(m -> m.place().geonameId() == 3L));
  }

  @Test
  void compassPhraseGivesRegionShiftedTowardThatSide() {
    PlaceMention m = find("Daesh is active in eastern Syria.").get(0);
    assertEquals(PlacePrecision.REGION, m.place().precision());
    assertEquals("SYR", m.place().country());
    assertTrue(m.place().lon() > 38, "east of the bbox centre");
  }

  @Test
  void demonymsStopWordsAndExcludedSpansAreNotPlaces() {
    String text = "Many Syrian fighters near Homs.";
    int homs = text.indexOf("Homs");
    assertTrue(find(text, new Span(homs, homs + 4)).isEmpty());
  }

  @Test
  void randomTextNeverThrowsAndMentionsLieInsideIt() {
    Random random = new Random(7);
    String alphabet = "ab Tripoli,Homs -'’ezZ.\nLebanon";
    for (int run = 0; run < 300; run++) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < random.nextInt(80); i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      for (PlaceMention m : find(text)) {
        assertTrue(m.span().end() <= text.length());
        assertEquals(text.substring(m.span().start(), m.span().end()), m.place().text());
      }
    }
  }

  @Test
  void resolveUsesTheHint() {
    PlaceFinder finder = new PlaceFinder(GAZ);
    assertEquals("LBN", finder.resolve("Tripoli", "LBN").orElseThrow().country());
    assertEquals("LBY", finder.resolve("Tripoli", null).orElseThrow().country());
    assertTrue(finder.resolve("Atlantis", null).isEmpty());
    assertEquals("SYR", finder.countryIso3("Syrian").orElseThrow());
  }
}
