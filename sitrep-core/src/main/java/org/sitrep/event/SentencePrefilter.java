package org.sitrep.event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.sitrep.knowledge.TsvResource;

/**
 * The cheap test that decides which sentences get NER and parsing: a sentence with no trigger or
 * relation-cue word cannot yield an event or relation. Words match whole and case-insensitively in
 * their regular inflections (Inflections) and irregular forms (irregular-forms.tsv). A trigger that
 * needs a noun class ("say" needs a leader, "send" troops) counts only when a word of the class is
 * in the sentence too, and a phrase's first word only with its last ("take ... control"). It errs on the side of parsing: false positives cost time, false negatives
 * cost events; `sitrep bench` measures both.
 */
public final class SentencePrefilter implements Predicate<String> {
  private static final SentencePrefilter STANDARD = standardFilter();
  /** Words are runs of letters and apostrophes; everything else separates them. */
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}'’]+");
  private final Set<String> plain;
  private final List<List<Set<String>>> classed;

  SentencePrefilter(Set<String> plainWords, Map<Set<String>, Set<String>> classedWords) {
    this.plain = Set.copyOf(plainWords);
    this.classed = new ArrayList<>();
    classedWords.forEach((triggers, nouns) -> classed.add(List.of(Set.copyOf(triggers), Set.copyOf(nouns))));
  }

  public static SentencePrefilter standard() {
    return STANDARD;
  }

  /** Hash lookups of the sentence's words: a regex alternation of thousands of forms was slow. */
  @Override
  public boolean test(String sentence) {
    if (sentence == null) {
      return false;
    }
    Set<String> words = new HashSet<>();
    for (String w : NON_WORD.split(sentence.toLowerCase(Locale.ROOT))) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    if (!Collections.disjoint(words, plain)) {
      return true;
    }
    for (List<Set<String>> pair : classed) {
      if (!Collections.disjoint(words, pair.get(0)) && !Collections.disjoint(words, pair.get(1))) {
        return true;
      }
    }
    return false;
  }

  private static SentencePrefilter standardFilter() {
    Map<String, Set<String>> irregular = new LinkedHashMap<>();
    for (TsvResource.Row row : TsvResource.read(SentencePrefilter.class, "irregular-forms.tsv")) {
      irregular.computeIfAbsent(row.get("lemma"), k -> new TreeSet<>()).add(row.get("form"));
    }
    Set<String> plainWords = new TreeSet<>();
    Map<String, Set<String>> byClass = new LinkedHashMap<>();
    Map<Set<String>, Set<String>> classed = new LinkedHashMap<>();
    for (TriggerEntry e : TriggerLexicon.standard().entries()) {
      Set<String> forms = forms(e.lemmas().get(0), irregular);
      String cls = e.objectClass();
      if (e.isPhrase()) {
        // "take control": "take" alone is everywhere, so the phrase's last word must be there too
        classed.computeIfAbsent(forms, k -> new TreeSet<>()).addAll(forms(e.lemmas().get(e.lemmas().size() - 1), irregular));
      } else if (cls == null || e.forbidsByClass()) {
        plainWords.addAll(forms);
      } else {
        byClass.computeIfAbsent(cls, k -> new TreeSet<>()).addAll(forms);
      }
    }
    for (TsvResource.Row row : TsvResource.read(SentencePrefilter.class, "relations.tsv")) {
      plainWords.addAll(forms(row.get("cue").toLowerCase(Locale.ROOT), irregular));
    }
    byClass.forEach((cls, triggers) -> classed.put(triggers, classWords(cls, irregular)));
    return new SentencePrefilter(plainWords, classed);
  }

  private static Set<String> forms(String lemma, Map<String, Set<String>> irregular) {
    Set<String> forms = new TreeSet<>(Inflections.of(lemma));
    forms.addAll(irregular.getOrDefault(lemma, Set.of()));
    return forms;
  }

  private static Set<String> classWords(String cls, Map<String, Set<String>> irregular) {
    Set<String> words = new TreeSet<>();
    for (String lemma : NounClasses.standard().members(cls)) {
      words.addAll(forms(lemma, irregular));
    }
    return words;
  }
}
