package org.sitrep.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a source snippet may vary: dates ("Dec 5", "5 December 2024"), actor names, city names
 * and counts. Found once per snippet, so generating an article costs no dictionary scan.
 */
final class GenerateSlots {
  enum Kind { DATE, ACTOR, PLACE, NUMBER }

  /** A substitutable stretch [start, end) of a snippet; key: a place's ISO3 or an actor's kind. */
  record Slot(int start, int end, Kind kind, String key) {}

  private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?";
  private static final Pattern DATE = Pattern.compile(
      "\\b" + MONTH + " \\d{1,2}(?:, \\d{4})?\\b|\\b\\d{1,2} " + MONTH + "(?: \\d{4})?\\b");
  private static final Pattern NUMBER = Pattern.compile(
      "(?<![\\d.,:/])(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?![\\d]|[.,:/]\\d)");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’-]+");
  private static final int LONGEST_NAME_WORDS = 6;
  /** Kinds left as they are: a state's name fixes the article's country, civilians are generic. */
  private static final Set<String> KEPT_KINDS = Set.of("foreign_state", "civilians");

  private final GenerateVocabulary vocabulary;

  GenerateSlots(GenerateVocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  List<Slot> find(String text) {
    List<Slot> slots = new ArrayList<>();
    addMatches(DATE.matcher(text), Kind.DATE, slots);
    addNames(text, slots);
    addNumbers(text, slots);
    slots.sort(Comparator.comparingInt(Slot::start));
    return slots;
  }

  private static void addMatches(Matcher matcher, Kind kind, List<Slot> slots) {
    while (matcher.find()) {
      addIfFree(new Slot(matcher.start(), matcher.end(), kind, matcher.group()), slots);
    }
  }

  private void addNumbers(String text, List<Slot> slots) {
    Matcher matcher = NUMBER.matcher(text);
    while (matcher.find()) {
      long value = GenerateRewrite.parseCount(matcher.group());
      boolean year = matcher.group().length() == 4 && value >= 1900 && value <= 2100;
      if (value >= 2 && !year) {
        addIfFree(new Slot(matcher.start(), matcher.end(), Kind.NUMBER, matcher.group()), slots);
      }
    }
  }

  /** Longest run of up to six words, starting with a capital, that is a known actor or city. */
  private void addNames(String text, List<Slot> slots) {
    List<int[]> words = new ArrayList<>();
    Matcher matcher = WORD.matcher(text);
    while (matcher.find()) {
      words.add(new int[] {matcher.start(), matcher.end()});
    }
    for (int i = 0; i < words.size(); i++) {
      if (Character.isUpperCase(text.charAt(words.get(i)[0]))) {
        i = longestNameFrom(text, words, i, slots);
      }
    }
  }

  private int longestNameFrom(String text, List<int[]> words, int first, List<Slot> slots) {
    for (int last = Math.min(words.size() - 1, first + LONGEST_NAME_WORDS - 1); last >= first; last--) {
      Slot slot = nameSlot(text, words.get(first)[0], words.get(last)[1]);
      if (slot != null) {
        addIfFree(slot, slots);
        return last;
      }
    }
    return first;
  }

  private Slot nameSlot(String text, int start, int end) {
    String name = text.substring(start, end);
    GenerateVocabulary.Entry actor = vocabulary.actorByName.get(name);
    if (actor != null) {
      return KEPT_KINDS.contains(actor.group()) ? null : new Slot(start, end, Kind.ACTOR, actor.group());
    }
    String country = vocabulary.cityCountry.get(name);
    return country == null || country.isEmpty() ? null : new Slot(start, end, Kind.PLACE, country);
  }

  private static void addIfFree(Slot slot, List<Slot> slots) {
    for (Slot taken : slots) {
      if (slot.start() < taken.end() && taken.start() < slot.end()) {
        return;
      }
    }
    slots.add(slot);
  }
}
