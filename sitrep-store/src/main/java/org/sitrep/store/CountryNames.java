package org.sitrep.store;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.clean.DataFile;
import org.sitrep.knowledge.TsvResource;

/**
 * ISO 3166-1 alpha-3 codes to the country names ACLED's exports write ("Syria", "Democratic
 * Republic of Congo"): world-countries' common names from sitrep-geonames, with the spellings of
 * {@code acled-country-names.tsv} where ACLED differs.
 */
final class CountryNames {
  private static final String COUNTRIES = "org/sitrep/geonames/countries.tsv.gz";
  private static Map<String, String> names;

  private CountryNames() {}

  /** Code to name, sorted by code. */
  static synchronized Map<String, String> acled() {
    if (names == null) {
      Map<String, String> byCode = new TreeMap<>();
      for (String[] row : TsvResource.cells(COUNTRIES)) {
        byCode.put(row[1].trim(), row[2].trim());
      }
      for (String[] row : DataFile.rows(CountryNames.class, "acled-country-names.tsv")) {
        byCode.put(row[0], row[1]);
      }
      names = Collections.unmodifiableMap(byCode);
    }
    return names;
  }
}
