package org.sitrep.eval.events;

import java.util.List;
import org.sitrep.eval.ActorRule;
import org.sitrep.eval.GoldActor;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;

/**
 * A plain gold actor name against a system actor, by the example scorer's name rule (folded name
 * or article words, equal or one holding the other as whole words). The gold gives no kind or
 * country, so ActorRule's same-country-and-kind rule never fires here.
 */
final class ActorNames {
  private ActorNames() {}

  static boolean matches(String gold, Actor system) {
    if (gold == null || gold.isBlank() || system == null) {
      return false;
    }
    return ActorRule.matches(new GoldActor(gold, List.of(), ActorKind.UNKNOWN, null, false), system);
  }
}
