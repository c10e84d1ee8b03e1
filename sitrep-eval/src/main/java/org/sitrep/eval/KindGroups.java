package org.sitrep.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
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
    try (InputStream in = KindGroups.class.getResourceAsStream("actor-kind-groups.tsv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t"))
          .filter(f -> f.length == 2).forEach(f -> groups.put(ActorKind.parse(f[0]), f[1].trim()));
    } catch (IOException e) {
      throw new UncheckedIOException("bundled actor-kind-groups.tsv unreadable", e);
    }
    return groups;
  }
}
