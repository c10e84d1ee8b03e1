package org.sitrep.clean;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether an element's class or id names chrome: the whole value, or any of its tokens
 * (split on non-alphanumerics, so "post-author-bio" gives post, author, bio), equals an exact hint
 * or starts with a prefix hint.
 */
final class ChromeClassNames {
  private final Set<String> exact = new HashSet<>();
  private final Set<String> prefixes = new HashSet<>();

  void addExact(String hint) {
    exact.add(hint);
  }

  void addPrefix(String hint) {
    prefixes.add(hint);
  }

  boolean matches(String classOrId) {
    if (classOrId == null || classOrId.isBlank()) {
      return false;
    }
    String lower = classOrId.toLowerCase(Locale.ROOT);
    for (String name : lower.split("\\s+")) {
      if (exact.contains(name) || matchesToken(name)) {
        return true;
      }
    }
    return false;
  }

  private boolean matchesToken(String name) {
    for (String token : name.split("[^a-z0-9]+")) {
      if (exact.contains(token) || startsWithPrefix(token)) {
        return true;
      }
    }
    return false;
  }

  private boolean startsWithPrefix(String token) {
    for (String prefix : prefixes) {
      if (token.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
