package org.sitrep.event;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.knowledge.TsvResource;
import org.sitrep.model.ActorKind;
import org.sitrep.model.EventType;

/**
 * Drops events whose actor cannot do what the type says (actor-kinds.tsv): conflict words in
 * health, sport or business news must give no events.
 */
final class ActorKindRule {
  private static final Map<EventType, Set<ActorKind>> ALWAYS = new EnumMap<>(EventType.class);
  private static final Map<EventType, Set<ActorKind>> IN_CONFLICT = new EnumMap<>(EventType.class);

  static {
    for (TsvResource.Row row : TsvResource.read(ActorKindRule.class, "actor-kinds.tsv")) {
      EventType type = EventType.parse(row.get("type"));
      ALWAYS.put(type, kinds(row.get("always")));
      IN_CONFLICT.put(type, kinds(row.get("in_conflict")));
    }
  }

  private ActorKindRule() {}

  static List<Draft> apply(List<Draft> drafts) {
    boolean conflict = drafts.stream().anyMatch(d -> Violence.FIGHTING.contains(d.type));
    return drafts.stream().filter(d -> allowed(d, conflict)).toList();
  }

  private static boolean allowed(Draft d, boolean conflict) {
    if (!ALWAYS.containsKey(d.type)) {
      return true;
    }
    ActorKind kind = d.actor == null ? ActorKind.UNKNOWN : d.actor.actor().kind();
    return ALWAYS.get(d.type).contains(kind) || conflict && IN_CONFLICT.get(d.type).contains(kind);
  }

  private static Set<ActorKind> kinds(String cell) {
    Set<ActorKind> set = EnumSet.noneOf(ActorKind.class);
    if (!cell.equals("-")) {
      for (String k : cell.split(",")) {
        set.add(ActorKind.parse(k));
      }
    }
    return set;
  }
}
