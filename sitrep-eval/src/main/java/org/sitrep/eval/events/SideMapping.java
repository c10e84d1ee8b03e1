package org.sitrep.eval.events;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.eval.Fold;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;

/**
 * What stands for one UCDP side group in sitrep's output: a dictionary id, or (for generic and
 * state sides) an actor of one of {@code kinds} whose country is {@code country} or unknown; and
 * the words by which a headline names the group.
 */
public record SideMapping(String ucdpName, Set<String> ids, Set<ActorKind> kinds, String country, List<String> names) {
  public SideMapping {
    ids = Set.copyOf(ids);
    kinds = Set.copyOf(kinds);
    names = List.copyOf(names);
  }

  public boolean standsFor(Actor a) {
    if (a == null) {
      return false;
    }
    if (a.id() != null && ids.contains(a.id())) {
      return true;
    }
    return kinds.contains(a.kind()) && (country == null || a.country() == null || country.equals(a.country()));
  }

  /** Acronyms (all capitals: "IS", "US") must match case and all; other names match folded. */
  public boolean namedIn(String headline) {
    return headline != null && names.stream().anyMatch(n -> isAcronym(n) ? hasWord(headline, n) : Fold.holds(headline, n));
  }

  private static boolean isAcronym(String name) {
    return name.chars().allMatch(c -> Character.isUpperCase(c) || c == '.');
  }

  private static boolean hasWord(String text, String word) {
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])").matcher(text).find();
  }
}
