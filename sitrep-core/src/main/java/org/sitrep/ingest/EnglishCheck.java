package org.sitrep.ingest;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.clean.DataFile;

/**
 * A cheap English detector: the share of word tokens that are English function words. English
 * prose scores about 0.4-0.5, other languages (and other scripts) well under 0.1. Texts too short
 * to judge are accepted.
 */
final class EnglishCheck {
  /** Below this many words the ratio is too noisy to reject anything. */
  static final int MIN_WORDS = 40;
  /**
   * The lowest of 542 English dev-set articles (../shared/data) scores 0.116 (a list of names), the
   * rest 0.22 or more; French prose scores about 0.05.
   */
  static final double MIN_FUNCTION_WORD_SHARE = 0.08;

  private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)*");

  private final Set<String> functionWords;

  private EnglishCheck(Set<String> functionWords) {
    this.functionWords = functionWords;
  }

  static EnglishCheck load() {
    return new EnglishCheck(new HashSet<>(DataFile.lines(EnglishCheck.class, "english-function-words.txt")));
  }

  /** The share of function words, or -1 when the text has too few words to judge. */
  double functionWordShare(String text) {
    int words = 0;
    int function = 0;
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words++;
      function += functionWords.contains(m.group().toLowerCase(Locale.ROOT)) ? 1 : 0;
    }
    return words < MIN_WORDS ? -1 : (double) function / words;
  }

  /** True unless the text is long enough to judge and scores below the threshold. */
  boolean looksEnglish(String text) {
    double share = functionWordShare(text);
    return share < 0 || share >= MIN_FUNCTION_WORD_SHARE;
  }
}
