package org.sitrep.geo;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Article;

/** The place finder over a hand-built gazetteer, on a text without NLP annotations (tests only). */
final class HandBuiltPlaces {
  private HandBuiltPlaces() {}

  static final CountryInfo USA = new CountryInfo("US", "USA", "United States", 39.8f, -98.5f, 25f, -125f, 49f, -67f);

  /** A country with a box of two degrees around its point. */
  static CountryInfo country(String iso3, String name, float lat, float lon) {
    return new CountryInfo(iso3.substring(0, 2), iso3, name, lat, lon, lat - 2, lon - 2, lat + 2, lon + 2);
  }

  static List<PlaceMention> find(Gazetteer gazetteer, String text) {
    Article a = new Article("t", null, "t", LocalDate.of(2024, 1, 1), "test", text, "test");
    return new PlaceFinder(gazetteer).find(new AnnotatedArticle(a, List.of()), List.of());
  }
}
