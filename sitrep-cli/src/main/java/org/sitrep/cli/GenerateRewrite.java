package org.sitrep.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills a snippet's slots with other names, counts and dates; makes near-duplicate rewrites. */
final class GenerateRewrite {
  private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MMMM d", Locale.ENGLISH);
  private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
  private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?\"”])\\s+(?=[A-Z\"“])");
  private static final Pattern SHORT_WORD = Pattern.compile("\\b[a-z]{1,3} ");
  /** Near-duplicates lose about one short word in this many characters (some 150 words). */
  private static final int CHARS_PER_DROP = 900;
  /** Reports date an event up to this many days before publication. */
  private static final int MAX_DAYS_BEFORE = 3;

  private final GenerateVocabulary vocabulary;

  GenerateRewrite(GenerateVocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** The snippet with every slot refilled; {@code chosen} keeps one name per original within an article. */
  String fill(String text, List<GenerateSlots.Slot> slots, Random random, LocalDate published,
      Map<String, String> chosen) {
    StringBuilder out = new StringBuilder(text.length() + 64);
    int at = 0;
    for (GenerateSlots.Slot slot : slots) {
      out.append(text, at, slot.start());
      String original = text.substring(slot.start(), slot.end());
      out.append(switch (slot.kind()) {
        case DATE -> date(original, random, published);
        case NUMBER -> count(original, random);
        case ACTOR -> chosen.computeIfAbsent(original, o -> pick(vocabulary.actorsByKind.get(slot.key()), o, random));
        case PLACE -> chosen.computeIfAbsent(original, o -> pick(vocabulary.citiesByCountry.get(slot.key()), o, random));
      });
      at = slot.end();
    }
    return out.append(text, at, text.length()).toString();
  }

  /**
   * Two neighbouring sentences swapped (from four sentences up; paragraphs are joined into one) and
   * one or more short words dropped (at most one per {@link #CHARS_PER_DROP} characters): a light
   * rewrite that keeps most five-word runs.
   */
  static String nearDuplicate(String text, Random random) {
    List<String> sentences = new ArrayList<>(List.of(SENTENCE_BREAK.split(text)));
    if (sentences.size() > 3) {
      int i = 1 + random.nextInt(sentences.size() - 2);
      sentences.set(i, sentences.set(i + 1, sentences.get(i)));
    }
    String shuffled = String.join(" ", sentences);
    List<int[]> shortWords = new ArrayList<>();
    Matcher matcher = SHORT_WORD.matcher(shuffled);
    while (matcher.find()) {
      shortWords.add(new int[] {matcher.start(), matcher.end()});
    }
    int drops = 1 + random.nextInt(1 + text.length() / CHARS_PER_DROP);
    // a text without a short word to drop still has to differ from its original
    return dropSome(shuffled, shortWords, drops, random) + (shortWords.isEmpty() ? " (updated)" : "");
  }

  static long parseCount(String digits) {
    try {
      return Long.parseLong(digits.replace(",", ""));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static String dropSome(String text, List<int[]> words, int howMany, Random random) {
    List<int[]> dropped = new ArrayList<>();
    for (int n = 0; n < howMany && !words.isEmpty(); n++) {
      dropped.add(words.remove(random.nextInt(words.size())));
    }
    // delete from the end so the offsets of the words still to delete stay valid
    dropped.sort((a, b) -> Integer.compare(b[0], a[0]));
    StringBuilder out = new StringBuilder(text);
    for (int[] word : dropped) {
      out.delete(word[0], word[1]);
    }
    return out.toString();
  }

  private static String date(String original, Random random, LocalDate published) {
    LocalDate day = published.minusDays(random.nextInt(MAX_DAYS_BEFORE + 1));
    boolean dayFirst = Character.isDigit(original.charAt(0));
    String text = day.format(dayFirst ? DAY_MONTH : MONTH_DAY);
    boolean withYear = original.matches(".*\\d{4}$");
    return withYear ? text + (dayFirst ? " " : ", ") + day.getYear() : text;
  }

  /** Another count of the same order: between half and twice the original. */
  private static String count(String original, Random random) {
    long value = parseCount(original);
    long low = Math.max(2, value / 2);
    long next = low + (long) (random.nextDouble() * (value * 2 - low + 1));
    return original.contains(",") ? String.format(Locale.ROOT, "%,d", next) : Long.toString(next);
  }

  private static String pick(List<String> names, String original, Random random) {
    return names == null || names.isEmpty() ? original : names.get(random.nextInt(names.size()));
  }
}
