package org.sitrep.eval;

import java.util.EnumMap;
import java.util.Map;
import org.sitrep.knowledge.TsvResource;
import org.sitrep.model.ActorKind;

/** Which actor kinds count as one for comparison, from {@code actor-kind-groups.tsv}. */
final class KindGroups {
  private static final Map<ActorKind, String> GROUPS = load();

  private KindGroups() {}

  static boolean sameGroup(ActorKind a, ActorKind b) {
    return group(a).equals(group(b));
  }

  private static String group(ActorKind k) {
    return GROUPS.getOrDefault(k, k.json());
  }

  private static Map<ActorKind, String> load() {
    Map<ActorKind, String> groups = new EnumMap<>(ActorKind.class);
    TsvResource.lines(TsvResource.beside(KindGroups.class, "actor-kind-groups.tsv")).stream()
        .map(l -> l.split("\t")).filter(f -> f.length == 2)
        .forEach(f -> groups.put(ActorKind.parse(f[0]), f[1].trim()));
    return groups;
  }
}
