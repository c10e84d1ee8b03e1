package org.sitrep.control;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.sitrep.model.Place;

/**
 * Whether an event's place is the place asked about: the same GeoNames id as the gazetteer's
 * reading of the query, or a name or text that folds equal to the query or to that reading's name.
 */
public record PlaceMatcher(Set<Long> geonameIds, Set<String> foldedNames) implements Predicate<Place> {
  public PlaceMatcher {
    geonameIds = Set.copyOf(geonameIds);
    foldedNames = Set.copyOf(foldedNames);
  }

  /** The matcher for what a user typed and, when the gazetteer knows it, the place it resolves to (may be null). */
  public static PlaceMatcher of(String query, Place resolved) {
    Set<Long> ids = new HashSet<>();
    Set<String> names = new HashSet<>();
    addName(names, query);
    if (resolved != null) {
      if (resolved.geonameId() != null) {
        ids.add(resolved.geonameId());
      }
      addName(names, resolved.name());
    }
    return new PlaceMatcher(ids, names);
  }

  private static void addName(Set<String> names, String name) {
    String folded = fold(name);
    if (!folded.isEmpty()) {
      names.add(folded);
    }
  }

  @Override
  public boolean test(Place place) {
    if (place == null) {
      return false;
    }
    if (place.geonameId() != null && geonameIds.contains(place.geonameId())) {
      return true;
    }
    return foldedNames.contains(fold(place.name())) || foldedNames.contains(fold(place.text()));
  }

  /** Lower case without diacritics, hyphens or apostrophes as spaces: "Ḥamāh" and "hamah" agree. */
  static String fold(String text) {
    if (text == null) {
      return "";
    }
    String bare = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return bare.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-'’‘ʿʾ]+", " ").strip();
  }
}
