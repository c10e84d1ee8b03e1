package org.sitrep.event;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.geo.PlaceMention;
import org.sitrep.model.Place;
import org.sitrep.model.PlacePrecision;

/**
 * Where an article is about: its most-mentioned country and city. Used for "the area" anaphors and
 * for events the text places nowhere more precisely than the article as a whole.
 */
public record ArticleFocus(String country, Place countryPlace, Place city) {
  static final ArticleFocus NONE = new ArticleFocus(null, null, null);

  /** The ISO3 country most places of the article lie in, or null. */
  public static String mostMentionedCountry(List<PlaceMention> places) {
    Map<String, Integer> countries = new HashMap<>();
    for (PlaceMention m : places) {
      if (m.place().country() != null) {
        countries.merge(m.place().country(), 1, Integer::sum);
      }
    }
    return mostFrequent(countries);
  }

  static ArticleFocus of(List<PlaceMention> places, java.util.function.Function<String, Place> countryLookup) {
    Map<String, Integer> cities = new HashMap<>();
    Map<String, Place> cityByKey = new HashMap<>();
    for (PlaceMention m : places) {
      Place p = m.place();
      if (p.precision() == PlacePrecision.CITY) {
        String key = p.name() + "|" + p.country();
        cities.merge(key, 1, Integer::sum);
        cityByKey.putIfAbsent(key, p.withText(null));
      }
    }
    String country = mostMentionedCountry(places);
    String city = mostFrequent(cities);
    Place countryPlace = country == null ? null : countryLookup.apply(country);
    return new ArticleFocus(country, countryPlace, city == null ? null : cityByKey.get(city));
  }

  /** Highest count; ties go to the key first seen, which keeps output deterministic. */
  private static String mostFrequent(Map<String, Integer> counts) {
    String best = null;
    int bestCount = 0;
    for (var e : counts.entrySet()) {
      if (e.getValue() > bestCount || e.getValue() == bestCount && best != null && e.getKey().compareTo(best) < 0) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return best;
  }
}
