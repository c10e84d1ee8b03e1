package org.sitrep.eval.geo;

import java.util.List;

/**
 * One corpus record: its raw text (gold offsets index into it) and gold toponyms.
 * {@code goldComplete} is false when the converter dropped spans (TR-News offset drift): such a
 * record's gold list misses real toponyms, so it is left out of recognition precision and recall
 * and used for geocoding only.
 */
public record GeoDocument(String id, String text, List<GoldToponym> gold, boolean goldComplete) {
  public GeoDocument {
    gold = List.copyOf(gold);
  }
}
