package org.sitrep.geo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The first-level divisions an article is about, counted from the mentions that name one without
 * doubt: a division itself ("Kentucky", as resolved), a ", Ky." qualifier, or a name whose every
 * candidate lies in one division. US local news names its state once and its towns and counties
 * many times; the state is what tells "Laurel County" in Kentucky from the one in Georgia.
 */
final class DivisionFocus {
  private final Map<String, Integer> counts = new HashMap<>();
  private int max;

  DivisionFocus(List<Toponym> toponyms, List<GazetteerEntry> picks) {
    this(toponyms, picks, List.of());
  }

  /**
   * @param context names the finder did not take as places ("the Minnesota State Chess Association"):
   *     one that names a division and reads as nothing outside it counts too
   */
  DivisionFocus(List<Toponym> toponyms, List<GazetteerEntry> picks, List<Toponym> context) {
    for (Toponym t : context) {
      String division = t.candidates().stream().anyMatch(e -> e.kind() == EntryKind.ADMIN1) ? soleDivision(t) : null;
      if (division != null) {
        max = Math.max(max, counts.merge(division, 1, Integer::sum));
      }
    }
    for (int i = 0; i < toponyms.size(); i++) {
      String division = divisionOf(toponyms.get(i), picks.get(i));
      if (division != null) {
        max = Math.max(max, counts.merge(division, 1, Integer::sum));
      }
    }
  }

  /** Share (0..1) of the article's division mentions that name {@code e}'s division. */
  double share(GazetteerEntry e) {
    return max == 0 || e.admin1() == null ? 0 : counts.getOrDefault(key(e.country(), e.admin1()), 0) / (double) max;
  }

  private static String divisionOf(Toponym t, GazetteerEntry pick) {
    if (pick.kind() == EntryKind.ADMIN1 || t.qualifierAdmin1() != null) {
      return pick.admin1() == null ? null : key(pick.country(), pick.admin1());
    }
    return soleDivision(t);
  }

  /** The division every candidate of the name lies in, or null if they lie in several or in none. */
  private static String soleDivision(Toponym t) {
    List<String> divisions = t.candidates().stream().map(c -> key(c.country(), c.admin1())).distinct().toList();
    return divisions.size() == 1 && t.candidates().get(0).admin1() != null ? divisions.get(0) : null;
  }

  /** A first-level division's key, "USA.Texas": what the division passes count by. */
  static String key(String country, String admin1) {
    return country + "." + admin1;
  }
}
