package org.sitrep.geo;

import org.sitrep.knowledge.TsvResource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Builds the standard gazetteer from the sitrep-geonames resources and this package's data files. */
final class GazetteerLoader {
  private static final String GEONAMES = "org/sitrep/geonames/";
  private static final String GEO = "org/sitrep/geo/";
  private static final Pattern LIST = Pattern.compile("\\|");

  private GazetteerLoader() {}

  static Gazetteer loadStandard() {
    Gazetteer.Builder builder = Gazetteer.builder();
    loadCountries(builder);
    Map<String, Integer> admin1Ids = new HashMap<>();
    Map<String, String> admin1Names = loadAdmin1(builder, admin1Ids);
    DivisionPoints points = new DivisionPoints();
    loadCities(builder, admin1Names, points);
    checkAdmin1Points(builder, admin1Ids, points);
    loadCounties(builder, admin1Names);
    loadRegions(builder);
    return builder.build();
  }

  private static void loadCountries(Gazetteer.Builder builder) {
    Map<String, List<String>> aliases = new HashMap<>();
    for (String[] row : TsvResource.cells(GEO + "country-aliases.tsv")) {
      aliases.computeIfAbsent(row[1].trim(), k -> new ArrayList<>()).add(row[0].trim());
    }
    for (String[] r : TsvResource.cells(GEONAMES + "countries.tsv.gz")) {
      CountryInfo info = new CountryInfo(r[0], r[1], r[2], f(r[6]), f(r[7]), f(r[8]), f(r[9]), f(r[10]), f(r[11]));
      List<String> names = new ArrayList<>(List.of(r[3]));
      names.addAll(split(r[4]));
      names.addAll(aliases.getOrDefault(r[1], List.of()));
      builder.country(info, names, split(r[5]));
    }
  }

  /**
   * Returns "ISO3.code" to division name, for naming the admin1 of each city; fills {@code added}
   * with "ISO3.name" to the division's entry id.
   */
  private static Map<String, String> loadAdmin1(Gazetteer.Builder builder, Map<String, Integer> added) {
    DivisionNames divisions = new DivisionNames();
    Map<String, String> names = new HashMap<>();
    for (String[] r : TsvResource.cells(GEONAMES + "admin1.tsv.gz")) {
      String name = r[2];
      names.put(r[0] + "." + r[1], name);
      if (added.containsKey(r[0] + "." + name)) {
        continue; // two GeoNames codes matched to one division: one entry is enough
      }
      GazetteerEntry entry = new GazetteerEntry(EntryKind.ADMIN1, name, 0, r[0], name, f(r[3]), f(r[4]), 0, "");
      List<String> alternates = new ArrayList<>(divisions.aliases(r[0], name));
      alternates.add(divisions.strip(name));
      added.put(r[0] + "." + name, builder.add(entry, alternates));
    }
    return names;
  }

  /** Replaces division points that lie outside their country (see DivisionPoints). */
  private static void checkAdmin1Points(Gazetteer.Builder builder, Map<String, Integer> ids, DivisionPoints points) {
    ids.forEach((key, id) -> {
      GazetteerEntry division = builder.entry(id);
      CountryInfo country = builder.countryInfo(division.country());
      if (country == null) {
        return;
      }
      float[] p = points.checked(key, division.lat(), division.lon(), country);
      if (p[0] != division.lat() || p[1] != division.lon()) {
        builder.relocate(id, p[0], p[1]);
      }
    });
  }

  private static void loadCities(Gazetteer.Builder builder, Map<String, String> admin1Names, DivisionPoints points) {
    AlternateFilter filter = new AlternateFilter();
    try (BufferedReader reader = TsvResource.open(GEONAMES + "cities.tsv.gz")) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.startsWith("#")) {
          GazetteerEntry city = addCity(builder, line.split("\t", -1), admin1Names, filter);
          if (city != null && city.admin1() != null) {
            points.add(city.country() + "." + city.admin1(), city);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + GEONAMES + "cities.tsv.gz", e);
    }
  }

  /** Columns: geonameId, name, nameKey, lat, lon, feature, iso3, admin1Code, population, alternateKeys. */
  private static GazetteerEntry addCity(Gazetteer.Builder builder, String[] r, Map<String, String> admin1Names, AlternateFilter filter) {
    if (r.length < 10) {
      return null;
    }
    // GeoNames' ASCII names write the Arabic ayn as a backtick ("`Afrin"); readers expect "Afrin"
    String name = r[1].replace("`", "").strip();
    GazetteerEntry entry = new GazetteerEntry(EntryKind.CITY, name.isEmpty() ? r[1] : name, Long.parseLong(r[0]), r[6],
        admin1Names.get(r[6] + "." + r[7]), f(r[3]), f(r[4]), Long.parseLong(r[8]), r[5]);
    List<String> keys = new ArrayList<>();
    for (String key : split(r[9])) {
      if (filter.keepKey(key)) {
        keys.add(key);
      }
    }
    keys.addAll(CityExonyms.KEYS_BY_ID.getOrDefault(entry.geonameId(), List.of())); // "Deir Ezzor"
    builder.addKeyed(entry, r[2], keys);
    return entry;
  }

  /**
   * US counties by their full name only ("Laurel County", "Orleans Parish"): the bare name is a town
   * or a person far more often. Columns: iso3, admin1Code, fipsCounty, name, lat, lon, places.
   */
  private static void loadCounties(Gazetteer.Builder builder, Map<String, String> admin1Names) {
    for (String[] r : TsvResource.cells(GEONAMES + "counties.tsv.gz")) {
      builder.add(new GazetteerEntry(EntryKind.ADMIN2, r[3], 0, r[0], admin1Names.get(r[0] + "." + r[1]),
          f(r[4]), f(r[5]), 0, ""), List.of());
    }
  }

  private static void loadRegions(Gazetteer.Builder builder) {
    for (String[] r : TsvResource.cells(GEO + "regions.tsv")) {
      List<String> names = split(r[0]);
      String country = r[3].isBlank() ? null : r[3].trim().toUpperCase(Locale.ROOT);
      GazetteerEntry entry = new GazetteerEntry(EntryKind.REGION, names.get(0), 0, country, null,
          f(r[1]), f(r[2]), 0, "");
      builder.add(entry, names.subList(1, names.size()));
    }
  }

  private static List<String> split(String list) {
    return list.isBlank() ? List.of() : Arrays.asList(LIST.split(list));
  }

  private static float f(String s) {
    return Float.parseFloat(s.trim());
  }
}
