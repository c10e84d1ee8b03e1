package org.sitrep.event;

import java.util.HashSet;
import java.util.Set;
import org.sitrep.knowledge.TsvResource;

/** Verbs of saying, warning and vowing (speech-verbs.tsv): whose subject speaks for an embedded event. */
final class SpeechVerbs {
  private static final Set<String> LEMMAS = load();

  private SpeechVerbs() {}

  static boolean contains(String lemma) {
    return LEMMAS.contains(lemma);
  }

  private static Set<String> load() {
    Set<String> set = new HashSet<>();
    for (TsvResource.Row row : TsvResource.read(SpeechVerbs.class, "speech-verbs.tsv")) {
      set.add(row.get("lemma"));
    }
    return set;
  }
}
