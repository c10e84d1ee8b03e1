package org.sitrep.event;

import java.util.Locale;
import java.util.regex.Pattern;
import org.sitrep.model.Sentence;

/**
 * "The prime minister declares a state of emergency across the country": a measure the sentence says covers the whole
 * country stands on that country, though it names no place (phrases of noun class {@code nationwide}).
 */
final class NationwideScope {
  private static final Pattern PHRASES = phrases();

  private NationwideScope() {}

  static boolean covers(Sentence s) {
    return PHRASES.matcher(s.text().toLowerCase(Locale.ROOT)).find();
  }

  private static Pattern phrases() {
    StringBuilder alternation = new StringBuilder();
    for (String phrase : NounClasses.standard().members("nationwide")) {
      alternation.append(alternation.length() == 0 ? "" : "|").append(Pattern.quote(phrase));
    }
    return Pattern.compile("\\b(?:" + alternation + ")\\b");
  }
}
