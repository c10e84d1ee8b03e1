package org.sitrep.clean;

import java.util.regex.Pattern;

/** One line of chrome-patterns.tsv: what to do with a line that the whole pattern matches. */
record ChromeRule(Action action, Pattern pattern, String why) {

  enum Action {
    DROP("drop"),
    DROP_WITH_NEXT("drop+next"),
    CUT("cut"),
    SOURCE("source");

    private final String label;

    Action(String label) {
      this.label = label;
    }

    static Action of(String label) {
      for (Action action : values()) {
        if (action.label.equals(label)) {
          return action;
        }
      }
      throw new IllegalArgumentException("unknown chrome action: " + label);
    }
  }

  boolean matches(String line) {
    return pattern.matcher(line).matches();
  }

  /** The outlet named by a SOURCE line, lower-cased, or null. */
  String sourceOf(String line) {
    var m = pattern.matcher(line);
    return m.matches() && m.groupCount() >= 1 && m.group(1) != null ? m.group(1).toLowerCase() : null;
  }
}
