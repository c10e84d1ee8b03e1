package org.sitrep.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Names listed with accepted places are places of the same kind: "Rogaland, Vestfold, Buskerud,
 * Telemark", "Hasakah, Homs, Damascus and Tartous". NER tags the names of such a list unevenly, so
 * a candidate that the per-occurrence rules dropped is accepted when it stands next to an accepted
 * one, separated only by a comma, "and" or "or", and one of its readings lies in a country of the
 * neighbour's readings. Hard rejections still hold; acceptance spreads along the list.
 */
final class PlaceLists {
  private static final Pattern SEPARATOR = Pattern.compile("\\s*(,|,?\\s+(and|or))\\s*");

  private PlaceLists() {}

  static List<OneDecisionPerName.Candidate> spread(List<OneDecisionPerName.Candidate> candidates, String text) {
    List<OneDecisionPerName.Candidate> out = new ArrayList<>(candidates);
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int i = 0; i < out.size(); i++) {
        OneDecisionPerName.Candidate c = out.get(i);
        if (c.passesHardFilters() && !c.acceptedHere() && (listedWith(out, i, i - 1, text) || listedWith(out, i, i + 1, text))) {
          out.set(i, new OneDecisionPerName.Candidate(c.toponym(), true, true, c.nerTagged(), c.nerOther(), c.anchored()));
          changed = true;
        }
      }
    }
    return out;
  }

  private static boolean listedWith(List<OneDecisionPerName.Candidate> all, int i, int j, String text) {
    if (j < 0 || j >= all.size() || !all.get(j).acceptedHere()) {
      return false;
    }
    Toponym a = all.get(Math.min(i, j)).toponym();
    Toponym b = all.get(Math.max(i, j)).toponym();
    if (a.span().end() > b.span().start()
        || !SEPARATOR.matcher(text.substring(a.span().end(), b.span().start())).matches()) {
      return false;
    }
    Set<String> countries = countries(all.get(j).toponym());
    return all.get(i).toponym().candidates().stream().anyMatch(e -> e.country() != null && countries.contains(e.country()));
  }

  private static Set<String> countries(Toponym t) {
    return t.candidates().stream().map(GazetteerEntry::country).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
  }
}
