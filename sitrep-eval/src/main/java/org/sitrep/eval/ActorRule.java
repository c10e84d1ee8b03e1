package org.sitrep.eval;

import java.util.List;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;

/**
 * When a system actor counts as the coded one. Either (a) a gold name or alias and the system's
 * canonical name or article words are equal after folding, or one holds the other as whole words
 * ("Rapid Support Forces" vs "RSF gunmen" via the alias RSF); or (b) both carry the same country
 * and the same kind group (see actor-kind-groups.tsv), which credits generic and institutional
 * actors such as "Military Forces of Syria" for "Syrian army" or "Government of Lebanon" for the
 * prime minister who spoke for it. A system actor of kind unknown never matches by (b).
 */
public final class ActorRule {
  private ActorRule() {}

  public static boolean matchesAny(List<GoldActor> gold, Actor system) {
    return gold.stream().anyMatch(g -> matches(g, system));
  }

  public static boolean matches(GoldActor gold, Actor system) {
    if (system == null || isUnknown(system)) {
      return false;
    }
    return sameName(gold, system) || sameCountryAndKind(gold, system);
  }

  static boolean isUnknown(Actor a) {
    return a.kind() == ActorKind.UNKNOWN && a.id() == null && Fold.fold(a.name()).equals("unknown");
  }

  private static boolean sameName(GoldActor gold, Actor system) {
    List<String> systemNames = Fold.nonBlank(system.name(), system.text());
    return gold.names().stream().anyMatch(g -> systemNames.stream().anyMatch(s -> Fold.sameOrContains(g, s)));
  }

  private static boolean sameCountryAndKind(GoldActor gold, Actor system) {
    return gold.country() != null && gold.country().equals(system.country())
        && system.kind() != ActorKind.UNKNOWN && KindGroups.sameGroup(gold.kind(), system.kind());
  }
}
