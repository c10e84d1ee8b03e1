package org.sitrep.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Names `sitrep generate` may substitute: gazetteer cities (GeoNames cities500, bundled by
 * sitrep-geonames) of at least {@link #MIN_POPULATION} people by country, and actor dictionary
 * names (sitrep-core's actors.tsv) by kind and country.
 */
final class GenerateVocabulary {
  /** Small places share names with words and people; towns this size are recognisable as places. */
  static final long MIN_POPULATION = 20_000;
  private static final String CITIES = "/org/sitrep/geonames/cities.tsv.gz";
  private static final String ACTORS = "/org/sitrep/actor/actors.tsv";

  /** A recognised name: the country (ISO3) a place lies in, or an actor's kind and country. */
  record Entry(String group, String country) {}

  final Map<String, String> cityCountry = new HashMap<>();
  final Map<String, List<String>> citiesByCountry = new HashMap<>();
  final Map<String, Entry> actorByName = new HashMap<>();
  final Map<String, List<String>> actorsByKind = new HashMap<>();

  static GenerateVocabulary load() {
    GenerateVocabulary vocabulary = new GenerateVocabulary();
    try {
      vocabulary.readCities();
      vocabulary.readActors();
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("gazetteer or actor dictionary missing from the jar", e);
    }
    return vocabulary;
  }

  private void readCities() throws IOException {
    try (BufferedReader in = reader(new GZIPInputStream(GenerateVocabulary.class.getResourceAsStream(CITIES)))) {
      in.lines().filter(l -> !l.startsWith("#")).map(l -> l.split("\t", -1)).filter(r -> r.length > 8)
          .filter(r -> population(r[8]) >= MIN_POPULATION && r[1].length() > 3).forEach(this::addCity);
    }
  }

  private void addCity(String[] row) {
    String name = row[1];
    String country = row[6];
    // a name used in two countries is left alone: its country cannot be told from the name
    String known = cityCountry.putIfAbsent(name, country);
    if (known != null && !known.equals(country)) {
      cityCountry.put(name, "");
    }
    citiesByCountry.computeIfAbsent(country, c -> new ArrayList<>()).add(name);
  }

  private void readActors() throws IOException {
    try (BufferedReader in = reader(GenerateVocabulary.class.getResourceAsStream(ACTORS))) {
      in.lines().filter(l -> !l.startsWith("#") && !l.startsWith("id\t")).map(l -> l.split("\t", -1))
          .filter(r -> r.length > 5).forEach(this::addActor);
    }
  }

  private void addActor(String[] row) {
    String kind = row[4];
    Entry entry = new Entry(kind, row[5]);
    actorsByKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(row[1]);
    actorByName.put(row[1], entry);
    for (String alias : row[2].split("\\|")) {
      if (!alias.isBlank() && !alias.startsWith("~")) {
        actorByName.put(alias, entry);
      }
    }
  }

  private static long population(String field) {
    try {
      return Long.parseLong(field.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static BufferedReader reader(InputStream in) {
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }
}
