package org.sitrep.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A name repeated in one article means one place: every plain mention of a name takes one shared
 * reading. A mention qualified by a country ("Tripoli, Lebanon") sets it; otherwise the reading
 * most plain mentions got wins, the earliest on a tie. Mentions qualified as a division ("Homs
 * province" against "Homs") keep their own reading.
 */
final class OneSensePerDiscourse {
  private OneSensePerDiscourse() {}

  static List<GazetteerEntry> apply(List<Toponym> toponyms, List<GazetteerEntry> picks) {
    Map<String, GazetteerEntry> qualified = new HashMap<>();
    Map<String, Map<GazetteerEntry, Integer>> votes = new HashMap<>();
    for (int i = 0; i < toponyms.size(); i++) {
      Toponym t = toponyms.get(i);
      String key = NameKey.of(t.text());
      if (t.qualifierCountry() != null && !t.admin1Qualified()) {
        qualified.putIfAbsent(key, picks.get(i));
      } else if (plain(t)) {
        votes.computeIfAbsent(key, k -> new LinkedHashMap<>()).merge(picks.get(i), 1, Integer::sum);
      }
    }
    List<GazetteerEntry> unified = new ArrayList<>(picks);
    for (int i = 0; i < toponyms.size(); i++) {
      Toponym t = toponyms.get(i);
      String key = NameKey.of(t.text());
      GazetteerEntry shared = qualified.containsKey(key) ? qualified.get(key) : mostVoted(votes.get(key));
      if (plain(t) && shared != null && t.candidates().contains(shared)) {
        unified.set(i, shared);
      }
    }
    return unified;
  }

  /** The entry with most votes; insertion order breaks ties, so the earliest mention's reading wins. */
  private static GazetteerEntry mostVoted(Map<GazetteerEntry, Integer> votes) {
    GazetteerEntry best = null;
    int most = 0;
    for (Map.Entry<GazetteerEntry, Integer> v : votes == null ? Map.<GazetteerEntry, Integer>of().entrySet() : votes.entrySet()) {
      if (v.getValue() > most) {
        best = v.getKey();
        most = v.getValue();
      }
    }
    return best;
  }

  private static boolean plain(Toponym t) {
    return !t.admin1Qualified() && t.qualifierCountry() == null;
  }
}
