package org.sitrep.actor.petrarch;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses one agents-file line: PHRASE {PLURAL}? [~CODE] or [CODE~]; "~PHRASE [CODE]" is read as a suffix code too. */
final class AgentLine {
  private static final Pattern LINE = Pattern.compile(
      "(~?)([^\\[{]+?)\\s*(?:\\{([^}]*)})?\\s*\\[\\s*(~?)([A-Z0-9]{2,})(~?)\\s*]\\s*");

  private AgentLine() {}

  static Optional<PetrarchAgent> parse(String text, int lineNo) {
    Matcher m = LINE.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    String phrase = Phrases.words(m.group(2));
    boolean before = !m.group(6).isEmpty();
    boolean after = !m.group(4).isEmpty() || !m.group(1).isEmpty();
    if (phrase.isEmpty() || (before && after)) {
      return Optional.empty();
    }
    String plural = m.group(3) == null ? null : Phrases.words(m.group(3));
    return Optional.of(new PetrarchAgent(phrase, plural, m.group(5), !before, lineNo));
  }
}
