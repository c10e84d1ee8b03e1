package org.sitrep.eval;

import java.util.List;
import org.sitrep.model.Place;

/**
 * When a system place counts as the coded one. Gold places carry names only (no coordinates), so
 * names are compared: a gold name or alias and the system's gazetteer name or article words are
 * equal after folding, the system's holds the gold name as whole words ("Kani township" for
 * "Kani"; not the other way, so "Syria" does not pass for "northwest Syria"), or are near
 * spellings (edit similarity at least {@value #MIN_SIMILARITY} for names of at least
 * {@value #MIN_FUZZY_LENGTH} letters: "Jabalya" / "Jabalia"). A country-level system place does
 * not match a town in that country: precision is part of what is scored.
 */
public final class PlaceRule {
  static final double MIN_SIMILARITY = 0.75;
  static final int MIN_FUZZY_LENGTH = 5;

  private PlaceRule() {}

  public static boolean matchesAny(List<GoldPlace> gold, Place system) {
    return system != null && gold.stream().anyMatch(g -> matches(g, system));
  }

  public static boolean matches(GoldPlace gold, Place system) {
    List<String> systemNames = Fold.nonBlank(system.name(), system.text());
    return gold.names().stream().anyMatch(g -> systemNames.stream().anyMatch(s -> sameName(g, s)));
  }

  static boolean sameName(String gold, String system) {
    if (Fold.holds(system, gold)) {
      return true;
    }
    int shorter = Math.min(Fold.fold(gold).length(), Fold.fold(system).length());
    return shorter >= MIN_FUZZY_LENGTH && Fold.similarity(gold, system) >= MIN_SIMILARITY;
  }
}
