package org.sitrep.geo;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The first-level divisions that the article's ambiguous names have in common. Each distinct name
 * spreads one vote evenly over the divisions its town and county candidates lie in, so "Walker
 * County", "Huntsville" and "Houston" together point to Texas, the one state all three have, even
 * though each alone fits several. A candidate's own name does not vote for it: the support comes
 * from the other names only.
 */
final class SharedDivisions {
  private final Map<String, Map<String, Double>> votesByName = new HashMap<>();
  private final Map<String, Double> total = new HashMap<>();
  private final Map<String, Double> bestByName = new HashMap<>();

  SharedDivisions(List<Toponym> toponyms) {
    Set<String> seen = new HashSet<>();
    for (Toponym t : toponyms) {
      String name = NameKey.of(t.text());
      if (!seen.add(name) || t.namesCountryOrDivision()) {
        continue;
      }
      Set<String> divisions = new HashSet<>();
      for (GazetteerEntry c : t.candidates()) {
        if (c.isTownOrCounty() && c.admin1() != null) {
          divisions.add(DivisionFocus.key(c.country(), c.admin1()));
        }
      }
      Map<String, Double> votes = new HashMap<>();
      divisions.forEach(d -> votes.put(d, 1.0 / divisions.size()));
      votesByName.put(name, votes);
      votes.forEach((d, v) -> total.merge(d, v, Double::sum));
    }
  }

  /**
   * Support for {@code e}'s division from the other names, as a share (0..1) of the support the
   * best-supported division gets from them. Divisions and countries themselves get none.
   */
  double share(Toponym self, GazetteerEntry e) {
    if (e.admin1() == null || !e.isTownOrCounty() || self.namesCountryOrDivision()) {
      return 0;
    }
    String name = NameKey.of(self.text());
    Map<String, Double> own = votesByName.getOrDefault(name, Map.of());
    double best = bestByName.computeIfAbsent(name, k -> best(own));
    String d = DivisionFocus.key(e.country(), e.admin1());
    return best <= 0 ? 0 : (total.getOrDefault(d, 0.0) - own.getOrDefault(d, 0.0)) / best;
  }

  /** The support the best-supported division gets from the names other than the one that voted {@code own}. */
  private double best(Map<String, Double> own) {
    double best = 0;
    for (Map.Entry<String, Double> division : total.entrySet()) {
      best = Math.max(best, division.getValue() - own.getOrDefault(division.getKey(), 0.0));
    }
    return best;
  }
}
