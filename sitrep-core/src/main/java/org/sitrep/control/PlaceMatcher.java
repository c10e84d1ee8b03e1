package org.sitrep.control;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.sitrep.model.Place;
import org.sitrep.model.PlacePrecision;

/**
 * Whether an event's place is the place asked about: the same GeoNames id as the gazetteer's
 * reading of the query, or a name or text that folds equal to the query or to that reading's name.
 * {@code country} (ISO3, may be null) is the resolved place's, for {@link #namedUnder}.
 */
public record PlaceMatcher(Set<Long> geonameIds, Set<String> foldedNames, String country) implements Predicate<Place> {
  /** Precisions too coarse to contradict a town: the event may have happened in it. */
  private static final Set<PlacePrecision> COARSE =
      EnumSet.of(PlacePrecision.ADMIN1, PlacePrecision.REGION, PlacePrecision.COUNTRY, PlacePrecision.UNKNOWN);

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
    return new PlaceMatcher(ids, names, resolved == null ? null : resolved.country());
  }

  /**
   * Whether an event placed only coarsely (a country or region that may contain the place, or
   * nowhere) has an evidence sentence naming the place: the extractor can miss a town that a
   * headline names ("Army says it retook Rastan") and fall back to the country. A place read from
   * a common noun ("the town" geocoded as a town named Kani) is no reading of a name either.
   */
  public boolean namedUnder(Place coarse, String evidence) {
    boolean couldContain = coarse == null || coarse.precision() == null || isCommonNoun(coarse.text())
        || (COARSE.contains(coarse.precision())
            && (country == null || coarse.country() == null || country.equals(coarse.country())));
    if (!couldContain || evidence == null) {
      return false;
    }
    String words = " " + fold(evidence).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
    return foldedNames.stream().anyMatch(n -> words.contains(" " + n + " "));
  }

  private static boolean isCommonNoun(String text) {
    return text != null && !text.isBlank() && Character.isLowerCase(text.strip().charAt(0));
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
