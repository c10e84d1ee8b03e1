package org.sitrep.geo;

import org.sitrep.knowledge.TsvResource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Division abbreviations written with periods ("Ill.", "W.Va.", "B.C.") and US postal codes (qualifiers
 * only), from admin1-abbreviations.tsv.
 * They match only as written: folded to a name key, "Ill." would also match the word "ill".
 */
final class Abbreviations {
  record Abbreviation(String text, String iso3, String divisionName, boolean qualifierOnly) {}

  private final List<Abbreviation> all = new ArrayList<>();

  Abbreviations() {
    for (String[] row : TsvResource.cells("org/sitrep/geo/admin1-abbreviations.tsv")) {
      if (row.length >= 3) {
        all.add(new Abbreviation(row[0].trim(), row[1].trim(), row[2].trim(), row.length > 4 && row[4].trim().equals("qualifier")));
      }
    }
    all.sort(Comparator.comparingInt((Abbreviation a) -> a.text().length()).reversed());
  }

  /** The longest abbreviation written at {@code at} and not followed by a letter; postal codes only as qualifiers. */
  Optional<Abbreviation> at(String text, int at, boolean qualifier) {
    for (Abbreviation a : all) {
      if (a.qualifierOnly() && !qualifier) {
        continue;
      }
      int end = at + a.text().length();
      if (text.startsWith(a.text(), at) && (end >= text.length() || !Character.isLetter(text.charAt(end)))) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }
}
