package org.sitrep.event;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.sitrep.knowledge.TsvResource;

/** Noun classes (noun-classes.tsv) that license ambiguous triggers such as "send" or "strike". */
final class NounClasses {
  private static final NounClasses STANDARD = load();
  private final Map<String, Set<String>> members;

  NounClasses(Map<String, Set<String>> members) {
    this.members = members;
  }

  static NounClasses standard() {
    return STANDARD;
  }

  Set<String> members(String nounClass) {
    return members.getOrDefault(nounClass, Set.of());
  }

  boolean contains(String nounClass, String lemma) {
    return lemma != null && members.getOrDefault(nounClass, Set.of()).contains(lemma);
  }

  private static NounClasses load() {
    Map<String, Set<String>> map = new HashMap<>();
    for (TsvResource.Row row : TsvResource.read(NounClasses.class, "noun-classes.tsv")) {
      map.computeIfAbsent(row.get("class"), k -> new HashSet<>()).add(row.get("lemma"));
    }
    return new NounClasses(map);
  }
}
