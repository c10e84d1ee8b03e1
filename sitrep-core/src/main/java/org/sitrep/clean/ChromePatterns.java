package org.sitrep.clean;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The line rules of chrome-patterns.tsv, in file order (first match wins). */
final class ChromePatterns {
  private final List<ChromeRule> rules;

  private ChromePatterns(List<ChromeRule> rules) {
    this.rules = rules;
  }

  static ChromePatterns load() {
    return new ChromePatterns(
        DataFile.rows(ChromePatterns.class, "chrome-patterns.tsv").stream()
            .map(r -> new ChromeRule(ChromeRule.Action.of(r[0]), Pattern.compile(r[1]), r[2]))
            .toList());
  }

  /** The first rule whose pattern matches the whole (normalised) line. */
  Optional<ChromeRule> match(String line) {
    for (ChromeRule rule : rules) {
      if (rule.matches(line)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }

  boolean isChrome(String line) {
    return match(line).isPresent();
  }
}
