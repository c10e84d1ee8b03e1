package org.sitrep.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.knowledge.TsvResource;

/**
 * city-exonyms.tsv, read once: the English names news uses for towns GeoNames names otherwise
 * ("Palmyra" for Tadmur, "Deir Ezzor" for Deir ez-Zor). The loader indexes them as the town's
 * names; the resolver treats them as the town's own name.
 */
final class CityExonyms {
  /** Name key of each exonym → the GeoNames ids of the towns it names. */
  static final Map<String, Set<Long>> IDS_BY_KEY;
  /** GeoNames id → the name keys of its exonyms. */
  static final Map<Long, List<String>> KEYS_BY_ID;

  static {
    Map<String, Set<Long>> ids = new HashMap<>();
    Map<Long, List<String>> keys = new HashMap<>();
    for (String[] row : TsvResource.cells("org/sitrep/geo/city-exonyms.tsv")) {
      String key = NameKey.of(row[0].trim());
      long id = Long.parseLong(row[2].trim());
      ids.computeIfAbsent(key, k -> new HashSet<>()).add(id);
      keys.computeIfAbsent(id, k -> new ArrayList<>()).add(key);
    }
    IDS_BY_KEY = Map.copyOf(ids);
    KEYS_BY_ID = Map.copyOf(keys);
  }

  private CityExonyms() {}
}
