package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Article;
import org.sitrep.model.PlacePrecision;
import org.sitrep.model.Span;

/** Rules added after reviewing the demo output: compass words, month abbreviations, one sense per name, datelines. */
class PlaceFinderRulesTest {
  private static GazetteerEntry city(String name, long id, String iso3, long pop, String feature) {
    return new GazetteerEntry(EntryKind.CITY, name, id, iso3, iso3 + "-div", 10f + id, 20f + id, pop, feature);
  }

  private static CountryInfo country(String iso3, String name, float lat, float lon) {
    return new CountryInfo(iso3.substring(0, 2), iso3, name, lat, lon, lat - 2, lon - 2, lat + 2, lon + 2);
  }

  private static final Gazetteer GAZ = Gazetteer.builder()
      .country(country("LBN", "Lebanon", 33.8f, 35.8f), List.of(), List.of())
      .country(country("LBY", "Libya", 25f, 17f), List.of(), List.of())
      .country(country("SYR", "Syria", 35f, 38f), List.of(), List.of())
      .add(city("Tripoli", 1, "LBN", 200_000, "PPLA"))
      .add(city("Tripoli", 2, "LBY", 1_000_000, "PPLC"))
      .add(city("North", 3, "USA", 900_000, "PPL"))
      .add(city("Nov", 4, "TJK", 900_000, "PPL"))
      .add(city("Hama", 5, "SYR", 900_000, "PPLA"))
      .add(new GazetteerEntry(EntryKind.ADMIN1, "Western", 0, "GHA", "Western", 5f, -2f, 0, ""))
      .add(new GazetteerEntry(EntryKind.ADMIN1, "Homs Governorate", 0, "SYR", "Homs Governorate", 34f, 38f, 0, ""), "Homs")
      .add(city("Homs", 6, "SYR", 700_000, "PPLA"))
      .build();

  private static List<PlaceMention> find(String text) {
    Article a = new Article("t", null, "t", LocalDate.of(2024, 1, 1), "test", text, "test");
    return new PlaceFinder(GAZ).find(new AnnotatedArticle(a, List.of()), List.of());
  }

  private static List<String> texts(List<PlaceMention> ms) {
    return ms.stream().map(m -> m.place().text()).toList();
  }

  @Test
  void compassWordsAloneAreNeverPlaces() {
    List<String> found = texts(find("Fighting in North Kivu and in the North spread; Western allies met in Hama."));
    assertFalse(found.contains("North"), found.toString());
    assertFalse(found.contains("Western"), found.toString());
    assertTrue(found.contains("Hama"), found.toString());
  }

  @Test
  void monthAbbreviationsAreNotPlaces() {
    List<String> found = texts(find("HAMA, Syria, Nov 26 (Meridian) - The offensive began on Nov. 27 in Hama."));
    assertFalse(found.contains("Nov"), found.toString());
  }

  @Test
  void repeatedNameKeepsTheSenseItsQualifiedMentionGave() {
    String text = "Clashes in Tripoli, Lebanon. Libya and Libya and Libya said nothing. Later Tripoli was quiet.";
    List<PlaceMention> tripolis = find(text).stream().filter(m -> m.place().text().equals("Tripoli")).toList();
    assertEquals(2, tripolis.size());
    assertTrue(tripolis.stream().allMatch(m -> "LBN".equals(m.place().country())), tripolis.toString());
  }

  @Test
  void differentlyQualifiedMentionsKeepTheirOwnReading() {
    List<PlaceMention> ms = find("Shelling in Homs province. Residents of Homs fled.");
    assertEquals(PlacePrecision.ADMIN1, ms.get(0).place().precision());
    assertEquals(PlacePrecision.CITY, ms.get(1).place().precision());
  }

  @Test
  void datelinePlacesAreMarked() {
    String text = "Rebels seize Hama\n\nHAMA, Syria, Dec 5 (Reuters) - Rebels took Hama on Thursday.";
    List<Span> spans = PlaceFinder.datelineSpans(text);
    assertEquals(1, spans.size());
    assertEquals("HAMA, Syria", text.substring(spans.get(0).start(), spans.get(0).end()));
    List<PlaceMention> ms = find(text);
    assertEquals(List.of(false, true, true, false), ms.stream().map(PlaceMention::dateline).toList(), ms.toString());
  }

  @Test
  void datelineShapesAndNonDatelines() {
    assertEquals(1, PlaceFinder.datelineSpans("BANGKOK, Dec 9 (Meridian) — The army said").size());
    assertEquals(1, PlaceFinder.datelineSpans("  PORT SUDAN, 27 October 2024 – Fighters").size());
    assertEquals(1, PlaceFinder.datelineSpans("KYIV (Reuters) - Russia fired").size());
    assertEquals(List.of(), PlaceFinder.datelineSpans("He flew to BANGKOK, Dec 9 (Meridian) — later."));
    assertEquals(List.of(), PlaceFinder.datelineSpans("Hama, a city, fell on Dec 5 - officials said."));
    assertEquals(List.of(), PlaceFinder.datelineSpans(null));
  }

  @Test
  void randomTextDatelineSpansStayInsideTheText() {
    Random random = new Random(7);
    String alphabet = "ABC xyz,.-—()\n0123456789 DecNov";
    for (int n = 0; n < 500; n++) {
      StringBuilder sb = new StringBuilder();
      for (int i = random.nextInt(120); i > 0; i--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      for (Span s : PlaceFinder.datelineSpans(text)) {
        assertTrue(0 <= s.start() && s.start() < s.end() && s.end() <= text.length(), text);
      }
    }
  }
}
