package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Article;
import org.sitrep.model.Place;
import org.sitrep.model.PlacePrecision;
import org.sitrep.model.Span;

/** Against the real GeoNames build (sitrep-geonames on the test classpath). */
class PlaceFinderGeoNamesTest {
  private static PlaceFinder finder;

  @BeforeAll
  static void load() {
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long before = rt.totalMemory() - rt.freeMemory();
    long start = System.nanoTime();
    Gazetteer g = Gazetteer.standard();
    long ms = (System.nanoTime() - start) / 1_000_000;
    System.gc();
    long heap = (rt.totalMemory() - rt.freeMemory() - before) / (1024 * 1024);
    System.out.printf("[geo] gazetteer: %d entries, %d keys, loaded in %d ms, ~%d MB heap retained%n", g.size(), g.keyCount(), ms, heap);
    finder = new PlaceFinder(g);
  }

  private static List<PlaceMention> find(String text, Span... exclude) {
    Article a = new Article("t", null, "t", LocalDate.of(2024, 12, 6), "test", text, "test");
    return finder.find(new AnnotatedArticle(a, List.of()), List.of(exclude));
  }

  private static Place placeNamed(List<PlaceMention> ms, String text) {
    return ms.stream().map(PlaceMention::place).filter(p -> p.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError(text + " not found in " + ms));
  }

  private static String seed() throws Exception {
    Path p = Path.of(System.getProperty("sitrep.shared", "../shared"), "seed/homs-arabnews-rewrite.txt");
    Assumptions.assumeTrue(Files.exists(p), "seed article not present");
    return Files.readString(p);
  }

  @Test
  void seedArticlePlaces() throws Exception {
    String text = seed();
    List<Span> htsSpans = new java.util.ArrayList<>();
    for (int at = text.indexOf("Hayat Tahrir Al-Sham"); at >= 0; at = text.indexOf("Hayat Tahrir Al-Sham", at + 1)) {
      htsSpans.add(new Span(at, at + "Hayat Tahrir Al-Sham".length()));
    }
    List<PlaceMention> ms = find(text, htsSpans.toArray(Span[]::new));
    ms.forEach(m -> System.out.println("[geo] " + m.span() + " " + m.place()));
    Place homs = placeNamed(ms, "Homs");
    assertEquals("SYR", homs.country());
    assertTrue(GeoDistance.km(homs.lat(), homs.lon(), 34.73, 36.72) < 10);
    assertTrue(GeoDistance.km(placeNamed(ms, "Latakia").lat(), placeNamed(ms, "Latakia").lon(), 35.52, 35.79) < 25);
    assertTrue(GeoDistance.km(placeNamed(ms, "Tartus").lat(), placeNamed(ms, "Tartus").lon(), 34.89, 35.89) < 25);
    Place east = placeNamed(ms, "eastern Syria");
    assertEquals(PlacePrecision.REGION, east.precision());
    assertEquals("SYR", east.country());
    int bio = text.indexOf("About Allegra Nguyen");
    for (PlaceMention m : ms) {
      assertTrue(htsSpans.stream().noneMatch(h -> h.overlaps(m.span())), "inside the HTS name: " + m);
      assertNotEquals("Al-Sham", m.place().text());
      assertFalse(List.of("Allegra", "Nguyen", "Journalism", "Reply", "Leave").contains(m.place().text()), m.toString());
      assertFalse(m.span().start() > bio && m.place().text().equals("Columbia"), "Columbia University is no place: " + m);
    }
  }

  @Test
  void aCountryOrDivisionThatStartsWithACompassWordIsItselfNotASideOfAnother() {
    List<PlaceMention> ms = find("Refugees from South Sudan reached North Kivu, while fighting went on in eastern Congo.");
    assertEquals("SSD", placeNamed(ms, "South Sudan").country(), "South Sudan is no southern Sudan");
    assertEquals(PlacePrecision.COUNTRY, placeNamed(ms, "South Sudan").precision());
    assertEquals("COD", placeNamed(ms, "North Kivu").country());
    assertEquals(PlacePrecision.REGION, placeNamed(ms, "eastern Congo").precision());
  }

  @Test
  void aNamesHeadWordBeforeAnUnknownNameIsNoTownOfItsOwn() {
    List<PlaceMention> ms = find("Fighters set up a command post in Abu Quta on Monday.");
    assertTrue(ms.stream().noneMatch(m -> m.place().text().equals("Abu")), "Abu Quta is no Abu in India: " + ms);
    assertEquals("ARE", placeNamed(find("Flights to Abu Dhabi resumed."), "Abu Dhabi").country());
  }

  @Test
  void romanceNamesKeepTheirLowercaseWords() {
    Place vina = placeNamed(find("Wildfires swept through Vina del Mar on Monday."), "Vina del Mar");
    assertEquals("CHL", vina.country());
  }

  @Test
  void tripoliByContext() {
    assertEquals("LBN", placeNamed(find("Lebanon: shelling hit Tripoli and Beirut."), "Tripoli").country());
    assertEquals("LBY", placeNamed(find("Libya: militias clashed in Tripoli and Misrata."), "Tripoli").country());
  }

  @Test
  void aNearbyTownUnderAnAlternateNameBeatsAFarOneThatOwnsTheName() {
    // Mansoura, Algeria owns the name; Al Mansurah, Egypt has it as an alternate and lies by Cairo
    List<PlaceMention> egypt = find("Police clashed with students in Mansoura, north of Cairo. Protesters also gathered in Alexandria.");
    assertEquals("EGY", placeNamed(egypt, "Mansoura").country());
    List<PlaceMention> algeria = find("Floods hit Mansoura and Tlemcen in western Algeria.");
    assertEquals("DZA", placeNamed(algeria, "Mansoura").country());
    List<PlaceMention> syria = find("SDF fighters entered al-Mansoura, west of Raqqa.");
    assertEquals("SYR", placeNamed(syria, "al-Mansoura").country(), "the Observatory's spelling (city-exonyms.tsv)");
  }

  @Test
  void countryNameMeansTheCountryEvenInLocalNews() {
    List<PlaceMention> ms = find("Officials in Mansfield, Ohio and Columbus said exports to Egypt and Canada fell.");
    assertEquals("EGY", placeNamed(ms, "Egypt").country());
    assertEquals(PlacePrecision.COUNTRY, placeNamed(ms, "Canada").precision());
  }

  @Test
  void stateQualifierPicksTheTown() {
    assertEquals("Ohio", placeNamed(find("He grew up in Mansfield, Ohio."), "Mansfield").admin1());
    assertEquals("Illinois", placeNamed(find("He grew up in Springfield, Ill., near a farm."), "Springfield").admin1());
    assertEquals("Massachusetts", placeNamed(find("He grew up in Springfield, MA."), "Springfield").admin1());
    assertEquals("West Virginia", placeNamed(find("Coal trucks left Charleston, W.Va. early."), "Charleston").admin1());
  }

  @Test
  void georgiaByContext() {
    Place state = placeNamed(find("Voters in Atlanta, in the United States, said Georgia would decide."), "Georgia");
    assertEquals("USA", state.country());
    assertEquals(PlacePrecision.ADMIN1, state.precision());
    Place country = placeNamed(find("Russia and Georgia traded accusations over Tbilisi."), "Georgia");
    assertEquals("GEO", country.country());
    assertEquals(PlacePrecision.COUNTRY, country.precision());
  }

  @Test
  void theOceanOutweighsTheSameNameTownInTheArticlesCountry() {
    Place pacific = placeNamed(find("U.S. ports in Texas and Ohio trade across the Pacific, officials in Chicago said."), "Pacific");
    assertEquals(PlacePrecision.REGION, pacific.precision(), "not Pacific, Missouri");
  }

  @Test
  void aPlaceBeforeItsPoliceOrCouncilIsAPlaceButNotBeforeAUniversity() {
    assertEquals("CAN", placeNamed(find("Montreal police raided the shop on Friday."), "Montreal").country());
    assertTrue(find("He studied at Toronto University for years.").stream().noneMatch(m -> m.place().text().equals("Toronto")));
  }

  @Test
  void aPlaceBeforeAHyphenatedEndingIsFound() {
    assertEquals("USA", placeNamed(find("A Texas-based company ran the bunkhouse."), "Texas").country());
    assertEquals("CAN", placeNamed(find("Police issued a Canada-wide warrant."), "Canada").country());
    assertTrue(find("A state-run company ran the bunkhouse.").isEmpty(), "no capitalised name, no place");
  }

  @Test
  void newsSpellingsGeoNamesLacksFindTheirTown() {
    assertEquals("SYR", placeNamed(find("Shelling hit Deir Ezzor on Monday."), "Deir Ezzor").country());
    assertEquals("Manbij", placeNamed(find("Coalition warplanes struck Menbej on Monday."), "Menbej").name());
  }

  @Test
  void repeatedGeorgiaDoesNotOutvoteTheTownsAroundIt() {
    // each "Georgia" used to vote for the country it might be; one Georgia town decides
    Place state = placeNamed(find("Georgia lawmakers met in Fitzgerald. Georgia communities want Georgia rules, "
        + "Georgia builders said, and Georgia voters agree."), "Georgia");
    assertEquals("USA", state.country());
  }

  @Test
  void conflictCities() {
    assertEquals("PSE", placeNamed(find("Strikes hit Rafah in the Gaza Strip."), "Rafah").country());
    assertEquals("UKR", placeNamed(find("Ukraine said shelling hit Kherson."), "Kherson").country());
    List<PlaceMention> sudan = find("Fighting in Khartoum spread to Omdurman.");
    assertEquals("SDN", placeNamed(sudan, "Khartoum").country());
    assertEquals("SDN", placeNamed(sudan, "Omdurman").country());
    assertEquals(PlacePrecision.REGION, placeNamed(find("Aid reached Darfur and the West Bank."), "West Bank").precision());
  }

  @Test
  void aFamousAlternateNameOutweighsSmallTownsThatOwnIt() {
    assertEquals("SYR", placeNamed(find("Clashes continued near Palmyra."), "Palmyra").country(),
        "Palmyra is Tadmur (GeoNames' name), not one of the small US Palmyras");
    assertEquals("ECU", placeNamed(find("A grenade exploded in a bar in Durán."), "Durán").country(),
        "Durán is the Ecuadorian city GeoNames names Eloy Alfaro, not the Philippine village named Duran");
  }

  @Test
  void singleLookups() {
    Place latakia = finder.resolve("Latakia", "SYR").orElseThrow();
    assertEquals("SYR", latakia.country());
    assertNotNull(latakia.admin1());
    assertEquals("SYR", finder.resolve("Deir al-Zour", null).orElseThrow().country());
    assertEquals("SYR", finder.resolve("Hamah", "SYR").orElseThrow().country());
    assertEquals("SYR", finder.resolve("Tartous", "SYR").orElseThrow().country());
    assertEquals(PlacePrecision.ADMIN1, finder.resolve("Homs governorate", "SYR").orElseThrow().precision());
    assertEquals("SYR", finder.countryIso3("Syrian").orElseThrow());
    assertEquals(PlacePrecision.COUNTRY, finder.country("LBN").orElseThrow().precision());
  }
}
