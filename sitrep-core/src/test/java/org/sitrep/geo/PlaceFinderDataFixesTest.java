package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Article;
import org.sitrep.model.Place;
import org.sitrep.model.PlacePrecision;

/** Against the real GeoNames build: division aliases and dropped alternate names. */
class PlaceFinderDataFixesTest {
  private static final PlaceFinder FINDER = PlaceFinder.standard();

  private static List<PlaceMention> find(String text) {
    Article a = new Article("t", null, "t", LocalDate.of(2024, 11, 26), "test", text, "test");
    return FINDER.find(new AnnotatedArticle(a, List.of()), List.of());
  }

  private static Place only(String text, String name) {
    List<PlaceMention> ms = find(text).stream().filter(m -> m.place().text().startsWith(name)).toList();
    assertEquals(1, ms.size(), ms.toString());
    return ms.get(0).place();
  }

  @Test
  void englishDivisionNamesMatchTheirDataNames() {
    for (String[] c : new String[][] {{"North Kivu province", "COD"}, {"South Kivu", "COD"}, {"North Darfur", "SDN"},
        {"Upper Nile", "SSD"}, {"Donetsk region", "UKR"}, {"Gezira state", "SDN"}}) {
      Place p = only("Fighting spread in " + c[0] + " on Monday.", c[0].split(" ")[0]);
      assertEquals(PlacePrecision.ADMIN1, p.precision(), p.toString());
      assertEquals(c[1], p.country(), p.toString());
      assertEquals(c[0], p.text());
    }
  }

  @Test
  void genericAndOrganisationAlternatesDoNotMatchAlone() {
    Gazetteer g = Gazetteer.standard();
    for (String word : new String[] {"Al-Sham", "Sham", "Sam", "Hamas", "Central", "Liberty"}) {
      assertTrue(g.lookup(word).stream().noneMatch(e -> e.population() > 100_000), word + " -> " + g.lookup(word));
    }
    assertTrue(g.lookup("Dimashq").stream().anyMatch(e -> e.isCapital() && "SYR".equals(e.country())));
    assertTrue(g.lookup("Dimashk al-Sham").stream().anyMatch(e -> e.isCapital() && "SYR".equals(e.country())));
    assertTrue(g.lookup("Damascus").stream().anyMatch(e -> e.isCapital() && "SYR".equals(e.country())));
  }

  @Test
  void congoAloneFollowsTheArticlesFocus() {
    String text = "Fighting in the Democratic Republic of Congo continued. Congo said troops held Goma in eastern Congo.";
    List<PlaceMention> ms = find(text);
    assertTrue(ms.stream().filter(m -> m.place().text().contains("Congo")).allMatch(m -> "COD".equals(m.place().country())), ms.toString());
  }
}
