package org.sitrep.event;

import java.util.HashSet;
import java.util.Set;
import org.sitrep.knowledge.TsvResource;

/** Verbs of saying, warning and vowing (speech-verbs.tsv): whose subject speaks for an embedded event. */
final class SpeechVerbs {
  private static final Set<String> LEMMAS = load("-");
  private static final Set<String> COMMITTING = load("commits");

  private SpeechVerbs() {}

  static boolean contains(String lemma) {
    return LEMMAS.contains(lemma);
  }

  /** Verbs that commit the speaker to what follows (vow, threaten, warn), unlike plain saying. */
  static boolean commits(String lemma) {
    return COMMITTING.contains(lemma);
  }

  /** All lemmas ("-"), or those whose kind column is {@code kind}. */
  private static Set<String> load(String kind) {
    Set<String> set = new HashSet<>();
    for (TsvResource.Row row : TsvResource.read(SpeechVerbs.class, "speech-verbs.tsv")) {
      if (kind.equals("-") || kind.equals(row.get("kind"))) {
        set.add(row.get("lemma"));
      }
    }
    return set;
  }
}
