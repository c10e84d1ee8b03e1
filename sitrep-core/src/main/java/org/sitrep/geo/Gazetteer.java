package org.sitrep.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Place names to candidate entries (cities, first-level divisions, countries, named regions), keyed
 * by {@link NameKey}. {@link #standard()} loads the GeoNames build once; {@link #builder()} makes
 * small ones for tests.
 */
public final class Gazetteer {
  private final List<GazetteerEntry> entries;
  private final Map<String, int[]> index;
  private final Map<String, CountryInfo> countries;
  private final Map<String, String> demonyms;

  private Gazetteer(Builder b) {
    this.entries = List.copyOf(b.entries);
    this.index = b.index;
    this.countries = Map.copyOf(b.countries);
    this.demonyms = Map.copyOf(b.demonyms);
  }

  /** The gazetteer built from sitrep-geonames, loaded on first use (thread-safe). */
  public static Gazetteer standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final Gazetteer STANDARD = GazetteerLoader.loadStandard();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** All entries whose name or alternate name folds to the same key as {@code name}. */
  public List<GazetteerEntry> lookup(String name) {
    int[] ids = index.get(NameKey.of(name));
    if (ids == null) {
      return List.of();
    }
    List<GazetteerEntry> found = new ArrayList<>(ids.length);
    for (int id : ids) {
      found.add(entries.get(id));
    }
    return found;
  }

  public boolean contains(String name) {
    return index.containsKey(NameKey.of(name));
  }

  public Optional<CountryInfo> countryInfo(String iso3) {
    return Optional.ofNullable(iso3 == null ? null : countries.get(iso3));
  }

  public Optional<GazetteerEntry> country(String iso3) {
    return countryInfo(iso3).flatMap(info -> lookup(info.name()).stream()
        .filter(e -> e.kind() == EntryKind.COUNTRY && iso3.equals(e.country())).findFirst());
  }

  /** ISO3 of the country an English demonym ("Syrian") belongs to. */
  public Optional<String> demonymCountry(String word) {
    return Optional.ofNullable(demonyms.get(NameKey.of(word)));
  }

  public Collection<CountryInfo> countries() {
    return countries.values();
  }

  public int size() {
    return entries.size();
  }

  public int keyCount() {
    return index.size();
  }

  /** Collects entries; each name added is indexed under its {@link NameKey}. */
  public static final class Builder {
    private final List<GazetteerEntry> entries = new ArrayList<>();
    private final Map<String, int[]> index = new HashMap<>();
    private final Map<String, CountryInfo> countries = new HashMap<>();
    private final Map<String, String> demonyms = new HashMap<>();
    private final Map<String, String> interned = new HashMap<>();

    /** Adds an entry under its own name and the given alternate names; returns its id. */
    public int add(GazetteerEntry entry, Iterable<String> alternateNames) {
      int id = store(entry);
      name(id, entry.name());
      for (String alternate : alternateNames) {
        name(id, alternate);
      }
      return id;
    }

    public Builder add(GazetteerEntry entry, String... alternateNames) {
      add(entry, Arrays.asList(alternateNames));
      return this;
    }

    /** Adds a country entry, its bounding box, and its demonyms (which are never place names). */
    public Builder country(CountryInfo info, List<String> names, List<String> demonymWords) {
      countries.put(info.iso3(), info);
      add(new GazetteerEntry(EntryKind.COUNTRY, info.name(), 0, info.iso3(), null,
          info.lat(), info.lon(), 0, ""), names);
      for (String demonym : demonymWords) {
        demonyms.put(NameKey.of(demonym), info.iso3());
      }
      return this;
    }

    /** Adds an entry whose index keys were folded at build time (sitrep-geonames); returns its id. */
    int addKeyed(GazetteerEntry entry, String nameKey, Iterable<String> alternateKeys) {
      int id = store(entry);
      key(id, nameKey);
      for (String key : alternateKeys) {
        key(id, key);
      }
      return id;
    }

    GazetteerEntry entry(int id) {
      return entries.get(id);
    }

    /** A country added so far, or null. */
    CountryInfo countryInfo(String iso3) {
      return iso3 == null ? null : countries.get(iso3);
    }

    /** Moves an entry already added to another point (its names and index keys stay). */
    void relocate(int id, float lat, float lon) {
      GazetteerEntry e = entries.get(id);
      entries.set(id, new GazetteerEntry(e.kind(), e.name(), e.geonameId(), e.country(), e.admin1(),
          lat, lon, e.population(), e.feature()));
    }

    /** Indexes one more name for an entry already added. */
    public void name(int id, String name) {
      key(id, NameKey.of(name));
    }

    /** Indexes an already folded key (see {@link NameKey}) for an entry. */
    void key(int id, String key) {
      if (key.isEmpty()) {
        return;
      }
      int[] old = index.get(key);
      if (old == null) {
        index.put(key, new int[] {id});
      } else if (old[old.length - 1] != id) {
        int[] grown = Arrays.copyOf(old, old.length + 1);
        grown[old.length] = id;
        index.put(key, grown);
      }
    }

    private int store(GazetteerEntry entry) {
      entries.add(new GazetteerEntry(entry.kind(), entry.name(), entry.geonameId(),
          intern(entry.country()), intern(entry.admin1()), entry.lat(), entry.lon(),
          entry.population(), intern(entry.feature())));
      return entries.size() - 1;
    }

    private String intern(String s) {
      return s == null ? null : interned.computeIfAbsent(s, x -> x);
    }

    public Gazetteer build() {
      return new Gazetteer(this);
    }
  }
}
