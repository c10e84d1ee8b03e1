package org.sitrep.clean;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A headline written on its own line above the body with a single line break, as scraped records
 * often have it ("NORTH KIVU: FARDC AND WAZALENDO RETAKE KALEMBE\nThe Armed Forces of the DRC ...").
 * Lines of one paragraph are otherwise joined, so without this the headline would run into the
 * first sentence. A headline is a lone first line, or a lone line in capitals anywhere, that has
 * no closing punctuation and does not end on a word that needs the next line ("of", "the"), with a
 * line after it that starts a sentence. Hard-wrapped prose rarely looks like that; when it does,
 * the cost is one sentence split in two.
 */
final class HeadlineLine {
  private static final int MAX_CHARS = 200;
  private static final Pattern OPEN_END = Pattern.compile(".*[.,;:!?\\-–—(\\[/&]$");
  private static final Pattern STARTS_SENTENCE = Pattern.compile("^[\\p{Lu}\\d\"“‘'(].*");
  private static final Pattern HAS_LOWER = Pattern.compile("\\p{Ll}");
  private static final Pattern HAS_LETTER = Pattern.compile("\\p{L}");
  /** Words after which a line cannot end a headline: the sentence goes on. */
  private static final Set<String> CONTINUING = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "for", "with",
      "and", "or", "but", "by", "from", "as", "that", "which", "who", "its", "their", "his", "her", "into", "near");

  private HeadlineLine() {}

  /**
   * Whether the paragraph gathered so far ({@code current}, its lines) is a headline that ends
   * before {@code next}; {@code first} says no paragraph came before it.
   */
  static boolean endsBefore(List<String> current, boolean first, String next) {
    if (current.size() != 1 || !STARTS_SENTENCE.matcher(next).matches()) {
      return false;
    }
    String line = current.get(0);
    if (line.length() > MAX_CHARS || OPEN_END.matcher(line).matches() || !HAS_LETTER.matcher(line).find()) {
      return false;
    }
    String[] words = line.split(" ");
    if (CONTINUING.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
      return false;
    }
    boolean capitals = !HAS_LOWER.matcher(line).find() && words.length >= 2;
    return first || capitals;
  }
}
