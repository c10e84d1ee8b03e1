package org.sitrep.event;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.sitrep.knowledge.TsvResource;

/** The pronouns of pronouns.tsv and what each refers to: a person, a group, or a relative antecedent. */
final class Pronouns {
  private static final Map<String, String> REFERS_TO = load();

  private Pronouns() {}

  static boolean isPronoun(String word) {
    return REFERS_TO.containsKey(word.toLowerCase(Locale.ROOT));
  }

  static boolean refersToPerson(String word) {
    return "person".equals(REFERS_TO.get(word.toLowerCase(Locale.ROOT)));
  }

  private static Map<String, String> load() {
    Map<String, String> map = new HashMap<>();
    for (TsvResource.Row row : TsvResource.read(Pronouns.class, "pronouns.tsv")) {
      map.put(row.get("word"), row.get("refers_to"));
    }
    return map;
  }
}
