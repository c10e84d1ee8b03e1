package org.sitrep.store.cluster;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Which events a cluster update covers, by the events table's country column: all, or some
 * countries (null standing for events without a country). The clusterer never puts events of two
 * countries in one cluster, so the clusters of a set of countries can be recomputed on their own.
 */
public final class CountryFilter {
  static final CountryFilter ALL = new CountryFilter(null, false);

  /** Null: every country. */
  private final List<String> countries;
  private final boolean withoutCountry;

  private CountryFilter(List<String> countries, boolean withoutCountry) {
    this.countries = countries;
    this.withoutCountry = withoutCountry;
  }

  /** The events of these countries; a null element stands for the events with no country. */
  public static CountryFilter of(Collection<String> countries) {
    List<String> named = new ArrayList<>(countries.stream().filter(Objects::nonNull).sorted().toList());
    return new CountryFilter(named, countries.stream().anyMatch(Objects::isNull));
  }

  boolean isEmpty() {
    return countries != null && countries.isEmpty() && !withoutCountry;
  }

  /** A SQL condition on {@code alias}.country, with one placeholder per named country. */
  String sql(String alias) {
    if (countries == null) {
      return "TRUE";
    }
    List<String> parts = new ArrayList<>();
    if (!countries.isEmpty()) {
      parts.add(alias + ".country IN (" + String.join(", ", java.util.Collections.nCopies(countries.size(), "?")) + ")");
    }
    if (withoutCountry) {
      parts.add(alias + ".country IS NULL");
    }
    return parts.isEmpty() ? "FALSE" : "(" + String.join(" OR ", parts) + ")";
  }

  /** Binds the countries from parameter {@code first} on; returns the next free parameter index. */
  int bind(PreparedStatement s, int first) throws SQLException {
    int i = first;
    if (countries != null) {
      for (String c : countries) {
        s.setString(i++, c);
      }
    }
    return i;
  }
}
