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
 * The cheap test that decides which sentences get NER and parsing: a sentence with no trigger,
 * relation-cue or attribution word ("blamed", which lays the last sentence's violence at a party's door) cannot
 * yield an event, a relation or a doer. Words match whole and case-insensitively (a
 * common-noun-only trigger, pos "n", only in lower case) in their regular inflections (Inflections) and irregular forms (irregular-forms.tsv). A trigger that
 * needs a noun class ("say" needs a leader, "send" troops) counts only when a word of the class is
 * in the sentence too, and a phrase's first word only with its last ("take ... control") and its
 * other longer words. It errs on the side of parsing: false positives cost time, false negatives
 * cost events; `sitrep bench` measures both.
 */
public final class SentencePrefilter implements Predicate<String> {
  private static final SentencePrefilter STANDARD = standardFilter();
  /** Words are runs of letters and apostrophes; everything else separates them. */
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}'’]+");
  private final Set<String> plain;
  /** Words that count only as written, in lower case ("march", not the month "March"). */
  private final Set<String> lowerCaseOnly;
  /** Each entry: sets of word forms of which the sentence must have one each (a trigger and its class, or a phrase's words). */
  private final List<List<Set<String>>> classed;

  private SentencePrefilter(Set<String> plainWords, Set<String> lowerCaseWords, List<List<Set<String>>> required) {
    this.plain = Set.copyOf(plainWords);
    this.lowerCaseOnly = Set.copyOf(lowerCaseWords);
    this.classed = required.stream().map(sets -> sets.stream().map(Set::copyOf).toList()).toList();
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
    // a lower-case-only word is among the lower-cased words too: only then is the sentence split again as written
    if (!Collections.disjoint(words, lowerCaseOnly)) {
      for (String w : NON_WORD.split(sentence)) {
        if (lowerCaseOnly.contains(w)) {
          return true;
        }
      }
    }
    for (List<Set<String>> required : classed) {
      if (required.stream().allMatch(forms -> !Collections.disjoint(words, forms))) {
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
    Set<String> lowerCaseWords = new TreeSet<>();
    Map<String, Set<String>> byClass = new LinkedHashMap<>();
    List<List<Set<String>>> required = new ArrayList<>();
    for (TriggerEntry e : TriggerLexicon.standard().entries()) {
      Set<String> forms = forms(e.lemmas().get(0), irregular);
      String cls = e.objectClass();
      if (e.commonNounOnly() && !e.isPhrase() && cls == null) {
        lowerCaseWords.addAll(forms);
      } else if (e.isPhrase()) {
        List<Set<String>> words = phraseWords(e.lemmas(), irregular);
        if (cls != null && !e.forbidsByClass()) {
          words.add(classWords(cls, irregular)); // "take over" a town, not "take over temporarily"
        }
        required.add(words);
      } else if (cls == null || e.forbidsByClass()) {
        plainWords.addAll(forms);
      } else {
        byClass.computeIfAbsent(cls, k -> new TreeSet<>()).addAll(forms);
      }
    }
    for (TsvResource.Row row : TsvResource.read(SentencePrefilter.class, "relations.tsv")) {
      plainWords.addAll(forms(row.get("cue").toLowerCase(Locale.ROOT), irregular));
    }
    // "Local officials blamed JNIM.": a sentence that lays the last one's violence at a party's door (BackReferences)
    plainWords.addAll(classWords("attribution", irregular));
    byClass.forEach((cls, triggers) -> required.add(List.of(triggers, classWords(cls, irregular))));
    return new SentencePrefilter(plainWords, lowerCaseWords, required);
  }

  /**
   * "take control": "take" alone is everywhere, so the phrase's last word must be there too; and so must its other
   * words of three letters or more ("make off with" needs "off", "pay the supreme price" "supreme": "make ... with"
   * and "pay ... price" are in every business story). Shorter ones are left out: the tokenizer splits "sit - in".
   */
  private static List<Set<String>> phraseWords(List<String> lemmas, Map<String, Set<String>> irregular) {
    List<Set<String>> words = new ArrayList<>();
    words.add(forms(lemmas.get(0), irregular));
    for (int k = 1; k < lemmas.size(); k++) {
      String w = lemmas.get(k);
      if (k == lemmas.size() - 1 || w.length() >= 3 && w.chars().allMatch(Character::isLetter)) {
        words.add(forms(w, irregular));
      }
    }
    return words;
  }

  /** The lemma's inflections and irregular forms, and shorthand for it ("ppl" for person, word-aliases.tsv). */
  private static Set<String> forms(String lemma, Map<String, Set<String>> irregular) {
    Set<String> forms = new TreeSet<>(Inflections.of(lemma));
    forms.addAll(irregular.getOrDefault(lemma, Set.of()));
    ShorthandWords.LEMMAS.forEach((alias, of) -> {
      if (of.equals(lemma)) {
        forms.add(alias);
      }
    });
    return forms;
  }

  private static Set<String> classWords(String cls, Map<String, Set<String>> irregular) {
    Set<String> words = new TreeSet<>();
    for (String one : cls.split("\\+")) { // "protester+protest_aim": a word of either class
      for (String lemma : NounClasses.standard().members(TriggerEntry.nounClass(one))) {
        words.addAll(forms(lemma, irregular));
      }
    }
    return words;
  }
}
