package org.sitrep.geo;

import org.sitrep.knowledge.TsvResource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleBiFunction;

/**
 * Picks one entry per toponym by ordered passes, each weighted (resolution-weights.tsv) so that an
 * earlier pass outweighs everything after it: explicit qualifier, a country-named town the article's
 * local names show to be the town (LocalNamesakes), the article's country focus, then — in a second
 * pass over the first picks — the divisions the article names (DivisionFocus), proximity to the
 * other places, the divisions the article's names share (SharedDivisions) and small towns named
 * together (LocalClusters), and last the prior (population, capital/seat, kind).
 */
final class PlaceResolver {
  private final Map<String, Double> w = new HashMap<>();

  PlaceResolver() {
    for (String[] row : TsvResource.cells("org/sitrep/geo/resolution-weights.tsv")) {
      w.put(row[0].trim(), Double.parseDouble(row[1].trim()));
    }
  }

  double weight(String name) {
    return w.getOrDefault(name, 0.0);
  }

  List<GazetteerEntry> resolve(List<Toponym> toponyms, Map<String, Integer> extraFocus) {
    return resolve(toponyms, extraFocus, List.of());
  }

  /** @param context names the finder did not take as places ("the Minnesota State Chess Association"): their divisions still count for the focus */
  List<GazetteerEntry> resolve(List<Toponym> toponyms, Map<String, Integer> extraFocus, List<Toponym> context) {
    Map<String, Integer> focus = new HashMap<>(extraFocus);
    toponyms.forEach(t -> countryOf(t).ifPresent(c -> focus.merge(c, 1, Integer::sum)));
    java.util.Set<Toponym> ownNamed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    toponyms.stream().filter(t -> t.candidates().stream().anyMatch(c -> ownName(t, c))).forEach(ownNamed::add);
    LocalNamesakes namesakes = new LocalNamesakes(toponyms, weight("local_namesake_km"));
    List<GazetteerEntry> first = pick(toponyms, (t, e) -> qualifier(t, e) + localNamesake(e, namesakes) - alternateName(t, e, ownNamed)
        + (outweighed(t, e, toponyms, List.of()) ? 0 : focus(e, focus) + prior(e)));
    DivisionFocus divisions = new DivisionFocus(toponyms, first, context);
    SharedDivisions shared = new SharedDivisions(toponyms);
    LocalClusters clusters = new LocalClusters(toponyms, weight("cluster_km"), (int) weight("cluster_max_candidates"));
    List<GazetteerEntry> second = pick(toponyms, (t, e) -> qualifier(t, e) + localNamesake(e, namesakes) - alternateName(t, e, ownNamed)
        + (outweighed(t, e, toponyms, first) ? 0 : focus(e, focus) + divisionFocus(e, divisions)
            + proximity(t, e, toponyms, first) + sharedDivision(t, e, shared, ownNamed) + cluster(t, e, clusters, ownNamed) + prior(e)));
    return OneSensePerDiscourse.apply(toponyms, second);
  }

  private List<GazetteerEntry> pick(List<Toponym> toponyms, ToDoubleBiFunction<Toponym, GazetteerEntry> score) {
    List<GazetteerEntry> picks = new ArrayList<>();
    for (Toponym t : toponyms) {
      picks.add(t.candidates().stream().max(Comparator.comparingDouble(e -> score.applyAsDouble(t, e))).orElseThrow());
    }
    return picks;
  }

  /**
   * The country a toponym names outright, or the one all its candidates share. A name that is also
   * a first-level division elsewhere ("Georgia") casts no vote: it would vote for its own reading.
   */
  private static java.util.Optional<String> countryOf(Toponym t) {
    var named = t.candidates().stream().filter(e -> e.kind() == EntryKind.COUNTRY).map(GazetteerEntry::country).findFirst();
    boolean alsoDivision = named.isPresent() && t.candidates().stream()
        .anyMatch(e -> e.kind() == EntryKind.ADMIN1 && !named.get().equals(e.country()));
    if (alsoDivision) {
      return java.util.Optional.empty();
    }
    if (named.isPresent()) {
      return named;
    }
    var countries = t.candidates().stream().map(GazetteerEntry::country).distinct().toList();
    return countries.size() == 1 && countries.get(0) != null ? java.util.Optional.of(countries.get(0)) : java.util.Optional.empty();
  }

  double qualifier(Toponym t, GazetteerEntry e) {
    boolean kindOk = !t.admin1Qualified() || e.kind() == EntryKind.ADMIN1;
    boolean countryOk = t.qualifierCountry() == null || t.qualifierCountry().equals(e.country());
    boolean admin1Ok = t.qualifierAdmin1() == null || t.qualifierAdmin1().equals(e.admin1());
    return ((kindOk ? 0.5 : 0) + (countryOk ? 0.5 : 0) + (admin1Ok ? 0.5 : 0)) * weight("qualifier") + countryName(t, e);
  }

  /**
   * A country's own name means the country ("China", "Egypt"), not the same-name town in the article's
   * focus country; only a qualifier (worth more) overrides that. A same-name division ("Georgia") is
   * as likely as the country, so the two are left to the article's focus.
   */
  private double countryName(Toponym t, GazetteerEntry e) {
    boolean namesCountry = t.candidates().stream().anyMatch(c -> c.kind() == EntryKind.COUNTRY);
    boolean bonus = e.kind() == EntryKind.COUNTRY || namesCountry && e.kind() == EntryKind.ADMIN1;
    return bonus ? weight("country_name") : 0;
  }

  /** A town named after a country, shown by the article's local names to be the town (see LocalNamesakes). */
  private double localNamesake(GazetteerEntry e, LocalNamesakes namesakes) {
    return namesakes.shown(e) ? weight("local_namesake") : 0;
  }

  double focus(GazetteerEntry e, Map<String, Integer> focus) {
    int max = focus.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    return max == 0 || e.country() == null ? 0 : weight("focus") * focus.getOrDefault(e.country(), 0) / max;
  }

  /**
   * The article's focus and nearby places do not count for a town whose name is far better known as
   * something else: a division ("Ontario", "California" against same-name towns), an ocean, sea or
   * continent ("the Pacific" against Pacific, Missouri), or a world city
   * (a capital, or one of {@code world_city_population}) {@code dominant_ratio} times its size
   * ("London" against London, Ohio), unless a co-mentioned place lies within {@code support_km} or
   * names the town's own division ("Ohio"). Only a qualifier then reads the name as the small town.
   */
  private boolean outweighed(Toponym t, GazetteerEntry e, List<Toponym> toponyms, List<GazetteerEntry> picks) {
    if (e.kind() != EntryKind.CITY || e.isCapital()) {
      return false;
    }
    boolean division = e.population() < weight("world_city_population") && !e.isFirstLevelSeat()
        && t.candidates().stream().anyMatch(d -> d.kind() == EntryKind.ADMIN1 && !namedAfterItsCity(d, t)
            || d.kind() == EntryKind.REGION && d.country() == null); // "the Pacific", not Pacific, Missouri
    boolean worldCity = t.candidates().stream().anyMatch(d -> d.kind() == EntryKind.CITY
        && (d.isCapital() || d.population() >= weight("world_city_population"))
        && d.population() >= weight("dominant_ratio") * Math.max(1, e.population()));
    return division || worldCity && !supported(t, e, toponyms, picks);
  }

  /**
   * A division named after a same-name city inside it (the Paris département, Gaza governorate) is
   * known through that city; whether it outweighs a town elsewhere is the world-city test's question.
   */
  private static boolean namedAfterItsCity(GazetteerEntry division, Toponym t) {
    return t.candidates().stream().anyMatch(c -> c.kind() == EntryKind.CITY
        && java.util.Objects.equals(c.country(), division.country()) && java.util.Objects.equals(c.admin1(), division.admin1()));
  }

  private boolean supported(Toponym self, GazetteerEntry e, List<Toponym> toponyms, List<GazetteerEntry> picks) {
    for (int i = 0; i < picks.size(); i++) {
      GazetteerEntry other = picks.get(i);
      if (toponyms.get(i).text().equals(self.text()) || other.country() == null || !other.country().equals(e.country())) {
        continue;
      }
      boolean local = other.isTownOrCounty() && !other.isCapital();
      boolean near = local && GeoDistance.km(e.lat(), e.lon(), other.lat(), other.lon()) < weight("support_km");
      boolean ownDivision = other.kind() == EntryKind.ADMIN1 && other.admin1() != null && other.admin1().equals(e.admin1());
      if (near || ownDivision) {
        return true;
      }
    }
    return false;
  }

  /**
   * A town found only through one of its alternate names (a former or variant name: "Trenton" for
   * West Monroe, Louisiana; "Arizona" for Yuma) is a weaker reading than a candidate whose own name
   * it is ({@code ownNamed}), more than nearby places or the article's division can make up for.
   * Without such a candidate the alternate is simply how the place is written ("Hama" for Hamah).
   */
  private double alternateName(Toponym t, GazetteerEntry e, java.util.Set<Toponym> ownNamed) {
    return e.kind() == EntryKind.CITY && ownNamed.contains(t) && !ownName(t, e) ? weight("alternate_name") : 0;
  }

  private boolean ownName(Toponym t, GazetteerEntry e) {
    String key = NameKey.of(t.text());
    return e.name().equalsIgnoreCase(t.text()) || NameKey.of(e.name()).equals(key)
        || CityExonyms.IDS_BY_KEY.getOrDefault(key, java.util.Set.of()).contains(e.geonameId());
  }

  /**
   * Support from the other names' common divisions; none for a reading by an alternate name when a
   * town owns the name (Trenton as a former name of West Monroe would support itself).
   */
  private double sharedDivision(Toponym t, GazetteerEntry e, SharedDivisions shared, java.util.Set<Toponym> ownNamed) {
    return alternateName(t, e, ownNamed) != 0 ? 0 : weight("shared_division") * shared.share(t, e);
  }

  /** Support from other names with a reading close by (LocalClusters), saturating at two names. */
  private double cluster(Toponym t, GazetteerEntry e, LocalClusters clusters, java.util.Set<Toponym> ownNamed) {
    return alternateName(t, e, ownNamed) != 0 ? 0 : weight("cluster") * Math.min(2, clusters.neighbours(t, e)) / 2.0;
  }

  /** Towns and counties in the divisions the article names; not divisions themselves ("Georgia"). */
  private double divisionFocus(GazetteerEntry e, DivisionFocus divisions) {
    return e.isTownOrCounty() ? weight("division_focus") * divisions.share(e) : 0;
  }

  private double proximity(Toponym self, GazetteerEntry e, List<Toponym> toponyms, List<GazetteerEntry> picks) {
    if (e.kind() == EntryKind.COUNTRY) {
      return 0;
    }
    for (int i = 0; i < picks.size(); i++) {
      GazetteerEntry other = picks.get(i);
      boolean sameName = toponyms.get(i).text().equals(self.text());
      // "from West Monroe to Trenton": a second name that is only an alternate (here a former name)
      // of a town the text names by its own name is another place, not that town again
      boolean samePlace = other.geonameId() != 0 && other.geonameId() == e.geonameId() && !ownName(self, e);
      if (!sameName && !samePlace && other.kind() == EntryKind.CITY
          && GeoDistance.km(e.lat(), e.lon(), other.lat(), other.lon()) < weight("proximity_km")) {
        return weight("proximity");
      }
    }
    return 0;
  }

  double prior(GazetteerEntry e) {
    return switch (e.kind()) {
      case COUNTRY -> weight("country");
      case ADMIN1 -> weight("admin1");
      case ADMIN2 -> weight("admin2");
      case REGION -> weight("region");
      case CITY -> weight("population_per_decade") * Math.log10(e.population() + 1.0)
          + (e.isCapital() ? weight("capital") : e.isDivisionSeat() ? weight("division_seat") : 0);
    };
  }
}
