package org.sitrep.geo;

import org.sitrep.knowledge.TsvResource;

import java.util.HashSet;
import java.util.Set;

/**
 * Decides which GeoNames alternate names are indexed. An alternate that is a common word, a
 * compass word or an organisation's name ("Al-Sham" for Damascus, "Hamas" for Hamm) matches far
 * more often as that word than as the place, so it is skipped; the entry keeps its main name.
 */
final class AlternateFilter {
  /** Alternates folding to fewer letters are mostly abbreviations or old forms ("Sam" for Damascus). */
  static final int MIN_KEY_LENGTH = 4;
  private static final String GEO = "org/sitrep/geo/";
  private final Set<String> dropped = new HashSet<>();

  AlternateFilter() {
    for (String file : new String[] {"dropped-alternates.tsv", "place-stoplist.tsv", "org-heads.tsv", "compass.tsv"}) {
      TsvResource.cells(GEO + file).stream().map(r -> r[0].trim()).toList().forEach(name -> dropped.add(NameKey.of(name)));
    }
  }

  /** True if the already folded alternate key may be indexed. */
  boolean keepKey(String key) {
    return key.length() >= MIN_KEY_LENGTH && !dropped.contains(key);
  }
}
