package org.sitrep.geo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.sitrep.knowledge.TsvResource;
import org.sitrep.model.Span;
import org.sitrep.nlp.TitleCase;

/**
 * The words around a candidate name that say what it is: a locative cue before it ("in", "targets"),
 * a settlement or event noun after it ("Khan Shaykhun massacre"), an organisation head after it
 * ("Homs University"), a division word before it ("the State of Ohio"), a dollar sign after it
 * ("US$58"). Each word list is a data file beside this class.
 */
final class NameContext {
  private final Set<String> orgHeads = union(keys("org-heads.tsv"), keys("disease-heads.tsv"));
  private final Set<String> locativeCues = keys("locative-cues.tsv");
  private final Set<String> areaOfCues = keys("area-of-cues.tsv");
  private final Set<String> nameModifiers = keys("name-modifiers.tsv");
  private final Set<String> placeHeads = keys("place-head-cues.tsv");
  private final Set<String> divisionWords = keys("admin1-words.tsv");

  /** "the State of Ohio", "the Province of Alberta": a division named after its division word. */
  boolean divisionAfterDivisionWord(Toponym t, String text, List<Span> words) {
    List<Span> before = words.stream().filter(w -> w.end() <= t.span().start()).toList();
    if (before.size() < 2 || t.candidates().stream().noneMatch(e -> e.kind() == EntryKind.ADMIN1)) {
      return false;
    }
    String of = ToponymScanner.word(text, before.get(before.size() - 1));
    String division = ToponymScanner.word(text, before.get(before.size() - 2)).toLowerCase(Locale.ROOT);
    return of.equals("of") && divisionWords.contains(division);
  }

  /** "Khan Shaykhun massacre", "Azaz city": a settlement or event noun right after the name. */
  boolean beforePlaceHead(Toponym t, String text, List<Span> words) {
    return nextWordIn(placeHeads, t, text, words);
  }

  /** "Homs University", "Marburg virus": an organisation or disease word right after the name. */
  boolean followedByOrgHead(Toponym t, String text, List<Span> words) {
    return nextWordIn(orgHeads, t, text, words);
  }

  /** The word right after the name, separated by blanks only, is one of {@code set}. */
  private static boolean nextWordIn(Set<String> set, Toponym t, String text, List<Span> words) {
    Optional<Span> next = words.stream().filter(w -> w.start() >= t.span().end()).findFirst();
    return next.isPresent() && text.substring(t.span().end(), next.get().start()).isBlank()
        && set.contains(ToponymScanner.word(text, next.get()).toLowerCase(Locale.ROOT));
  }

  /**
   * The word before the name is a locative cue, "the" aside ("in the DRC", "to the Vatican"), or
   * "of" after an area noun ("the countryside of Deir Ezzor", "east of Raqqa").
   */
  boolean afterLocativeCue(Toponym t, String text, List<Span> words) {
    List<String> before = wordsBefore(t, text, words, 3);
    if (before.size() >= 2 && before.get(0).equals("the")) {
      before = before.subList(1, before.size());
    }
    if (before.isEmpty()) {
      return false;
    }
    boolean areaOf = before.size() >= 2 && before.get(0).equals("of") && areaOfCues.contains(before.get(1));
    return locativeCues.contains(before.get(0)) || areaOf;
  }

  /** Up to {@code n} words before the name, nearest first, in lower case. */
  private static List<String> wordsBefore(Toponym t, String text, List<Span> words, int n) {
    List<String> before = new ArrayList<>();
    for (int i = words.size() - 1; i >= 0 && before.size() < n; i--) {
      if (words.get(i).end() <= t.span().start()) {
        before.add(ToponymScanner.word(text, words.get(i)).toLowerCase(Locale.ROOT));
      }
    }
    return before;
  }

  /**
   * "Ein Tarma", "Ghanim al-Ali", "Thiab al-Mashi": a capitalised word right before the match (a
   * blank or hyphen apart) that is no modifier, compass word or demonym makes the match the tail of
   * a longer name. Not in title-case text, where every word is capitalised ("Airstrikes Hit Aleppo"),
   * nor after a sentence's first word or a word the text also writes in lower case.
   */
  boolean tailOfLongerName(Toponym t, String text, List<Span> words, boolean titleCase, Set<String> lowercaseWords,
      Predicate<String> compassOrDemonym) {
    if (titleCase) {
      return false;
    }
    int previousAt = -1;
    for (int i = 0; i < words.size() && words.get(i).end() <= t.span().start(); i++) {
      previousAt = i;
    }
    // a sentence's first word, or one the text also writes in lower case, is a common word ("In", "Former")
    if (previousAt <= 0 || opensASentence(text, words.get(previousAt))
        || lowercaseWords.contains(ToponymScanner.word(text, words.get(previousAt)).toLowerCase(Locale.ROOT))) {
      return false;
    }
    Span previous = words.get(previousAt);
    String gap = text.substring(previous.end(), t.span().start());
    String word = ToponymScanner.word(text, previous);
    return (gap.equals(" ") || gap.equals("-")) && isNamePart(word, compassOrDemonym);
  }

  /** A capitalised word that can start a longer name: no acronym ("US"), abbreviation ("S.E."), modifier, compass word or demonym. */
  private boolean isNamePart(String word, Predicate<String> compassOrDemonym) {
    return word.length() > 1 && Character.isUpperCase(word.charAt(0)) && !word.chars().allMatch(Character::isUpperCase)
        && word.indexOf('.') < 0 && !nameModifiers.contains(word.toLowerCase(Locale.ROOT)) && !compassOrDemonym.test(word);
  }

  /** The word follows a sentence end or an opening mark ("Later Tripoli was quiet" after a full stop). */
  private static boolean opensASentence(String text, Span word) {
    int i = word.start() - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i < 0 || ".!?:;\"“‘'(—–".indexOf(text.charAt(i)) >= 0;
  }

  /** A title-case headline (TitleCase), from the sentence's word spans. */
  static boolean titleCase(String text, List<Span> words) {
    return TitleCase.of(words.stream().map(w -> ToponymScanner.word(text, w)).toList(), 1);
  }

  /** "US$58 million", "A$2 billion": a country's short name written before a dollar sign is a currency. */
  static boolean currencyPrefix(Toponym t, String text) {
    return t.span().end() < text.length() && text.charAt(t.span().end()) == '$';
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return all;
  }

  static Set<String> keys(String file) {
    Set<String> set = new HashSet<>();
    TsvResource.cells("org/sitrep/geo/" + file).forEach(r -> set.add(r[0].trim().toLowerCase(Locale.ROOT)));
    return set;
  }
}
