package org.sitrep.event;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Regular English inflections of a lemma, for the prefilter to match whole words ("shell" →
 * shells, shelled, shelling) instead of prefixes, which also caught "station" for "state".
 * Irregular forms come from irregular-forms.tsv. Over-generation is harmless: it only makes the
 * prefilter parse a sentence it could have skipped.
 */
final class Inflections {
  private Inflections() {}

  static Set<String> of(String lemma) {
    Set<String> forms = new LinkedHashSet<>();
    forms.add(lemma);
    String stem = lemma.endsWith("e") ? lemma.substring(0, lemma.length() - 1) : lemma;
    forms.add(lemma + "s");
    forms.add(lemma + "es");
    forms.add(stem + "ed");
    forms.add(stem + "ing");
    forms.add(stem + "er");
    forms.add(stem + "ers");
    if (lemma.endsWith("y") && lemma.length() > 2) {
      String base = lemma.substring(0, lemma.length() - 1);
      forms.add(base + "ies");
      forms.add(base + "ied");
    }
    char last = lemma.charAt(lemma.length() - 1);
    if (lemma.length() > 2 && isConsonant(last) && !isConsonant(lemma.charAt(lemma.length() - 2))) {
      forms.add(lemma + last + "ed");
      forms.add(lemma + last + "ing");
    }
    return forms;
  }

  private static boolean isConsonant(char c) {
    return Character.isLetter(c) && "aeiou".indexOf(Character.toLowerCase(c)) < 0;
  }
}
