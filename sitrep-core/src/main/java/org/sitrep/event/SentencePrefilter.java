package org.sitrep.event;

import java.util.ArrayList;
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
  private final Pattern plain;
  private final List<Pattern[]> classed;

  SentencePrefilter(Set<String> plainWords, Map<Set<String>, Set<String>> classedWords) {
    this.plain = words(plainWords);
    this.classed = new ArrayList<>();
    classedWords.forEach((triggers, nouns) -> classed.add(new Pattern[] {words(triggers), words(nouns)}));
  }

  public static SentencePrefilter standard() {
    return STANDARD;
  }

  @Override
  public boolean test(String sentence) {
    if (sentence == null) {
      return false;
    }
    if (plain.matcher(sentence).find()) {
      return true;
    }
    for (Pattern[] pair : classed) {
      if (pair[0].matcher(sentence).find() && pair[1].matcher(sentence).find()) {
        return true;
      }
    }
    return false;
  }

  private static Pattern words(Set<String> words) {
    if (words.isEmpty()) {
      return Pattern.compile("(?!)");
    }
    return Pattern.compile("\\b(?:" + String.join("|", words.stream().map(Pattern::quote).toList()) + ")\\b",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
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
      } else if (cls == null || cls.startsWith("!")) {
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
