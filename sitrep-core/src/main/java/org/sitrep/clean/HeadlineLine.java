package org.sitrep.clean;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A heading in capitals on its own line above the body, with a single line break, as scraped
 * records often have it ("NORTH KIVU: FARDC AND WAZALENDO RETAKE KALEMBE\nThe Armed Forces of the
 * DRC ..."). Lines of one paragraph are otherwise joined, so without this the heading would run
 * into the first sentence. No sentence is written in capitals, so such a line is a heading when it
 * has no closing punctuation, does not end on a word that needs the next line ("OF", "THE") and the
 * next line starts a sentence. A mixed-case first line stays joined to the body: split off, a
 * headline's event (told with fewer words) outranked the lead sentence's on the main-event label
 * of blind set 9 (0.793 joined, 0.759 split).
 */
final class HeadlineLine {
  private static final int MAX_CHARS = 200;
  private static final Pattern OPEN_END = Pattern.compile(".*[.,;:!?\\-–—(\\[/&]$");
  private static final Pattern STARTS_SENTENCE = Pattern.compile("^[\\p{Lu}\\d\"“‘'(].*");
  private static final Pattern HAS_LOWER = Pattern.compile("\\p{Ll}");
  private static final Pattern HAS_LETTER = Pattern.compile("\\p{L}");
  /** Words after which a line cannot end a heading: the sentence goes on (heading-continuations.txt). */
  private static final Set<String> CONTINUING = Set.copyOf(DataFile.lines(HeadlineLine.class, "heading-continuations.txt"));

  private HeadlineLine() {}

  /** Whether the paragraph gathered so far ({@code current}, its lines) is a heading that ends before {@code next}. */
  static boolean endsBefore(List<String> current, String next) {
    if (current.size() != 1 || !STARTS_SENTENCE.matcher(next).matches()) {
      return false;
    }
    String line = current.get(0);
    if (line.length() > MAX_CHARS || OPEN_END.matcher(line).matches() || !HAS_LETTER.matcher(line).find()) {
      return false;
    }
    String[] words = line.split(" ");
    boolean capitals = !HAS_LOWER.matcher(line).find() && words.length >= 2;
    return capitals && !CONTINUING.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
  }
}
