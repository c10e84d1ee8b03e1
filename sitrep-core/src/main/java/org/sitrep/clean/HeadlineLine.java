package org.sitrep.clean;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A heading on its own line above the body, with a single line break, as scraped records and
 * local outlets often have it ("NORTH KIVU: FARDC AND WAZALENDO RETAKE KALEMBE\nThe Armed Forces of
 * the DRC ...", "Embassies attacked as anger over Goma spills into Kinshasa\nKINSHASA — ...").
 * Lines of one paragraph are otherwise joined, so without this the heading would run into the
 * first sentence. A line in capitals is a heading anywhere (no sentence is written in capitals);
 * a mixed-case line only as the text's first line, of three words or more, not ending a sentence.
 * Either must not end on a word that needs the next line ("OF", "THE"), and the next line must
 * start a sentence. The event extractor ranks the headline with the lead below it.
 */
public final class HeadlineLine {
  private static final int MAX_CHARS = 200;
  private static final Pattern OPEN_END = Pattern.compile(".*[.,;:!?\\-–—(\\[/&]$");
  private static final Pattern STARTS_SENTENCE = Pattern.compile("^[\\p{Lu}\\d\"“‘'(].*");
  private static final Pattern HAS_LOWER = Pattern.compile("\\p{Ll}");
  private static final Pattern HAS_LETTER = Pattern.compile("\\p{L}");
  /** A line that ends a sentence (or a quotation) is the body's first line, not a headline. */
  private static final Pattern CLOSED_END = Pattern.compile(".*[.!?\"”’']$", Pattern.DOTALL);
  private static final int MIN_TITLE_WORDS = 3;
  /** Words after which a line cannot end a heading: the sentence goes on (heading-continuations.txt). */
  private static final Set<String> CONTINUING = Set.copyOf(DataFile.lines(HeadlineLine.class, "heading-continuations.txt"));

  private HeadlineLine() {}

  /** Whether the line ends a sentence or a quotation: then it is a body's line, not a headline. */
  public static boolean endsASentence(String line) {
    return CLOSED_END.matcher(line).matches();
  }

  /**
   * Whether the paragraph gathered so far ({@code current}, its lines; {@code first}: the text's first
   * paragraph) is a heading that ends before {@code next}.
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
    boolean capitals = !HAS_LOWER.matcher(line).find() && words.length >= 2;
    boolean title = first && words.length >= MIN_TITLE_WORDS && !endsASentence(line);
    return (capitals || title) && !CONTINUING.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
  }
}
