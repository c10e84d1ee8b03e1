package org.sitrep.actor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.model.ActorKind;

/**
 * CoreNLP RegexNER mapping lines ("pattern TAB ORGANIZATION TAB overwritable types TAB priority")
 * so that actor names the default NER misses or calls PERSON ("Hayat Tahrir Al-Sham", "Daesh")
 * or leaves untagged ("HTS") become ORGANIZATION. Each pattern token is a Java regex for one
 * CoreNLP token: names ignore case and accept any apostrophe; acronyms are exact. Country names
 * (foreign states) and shared ('~') names are left out so places keep their LOCATION tags.
 */
final class RegexNerLines {
  static final String OVERWRITABLE = "PERSON,LOCATION,MISC,CITY,STATE_OR_PROVINCE,COUNTRY,NATIONALITY,RELIGION,IDEOLOGY,TITLE";
  private static final String APOSTROPHE_CLASS = "['\u2019\u2018\u02BC\u02BB\u02BF\u02BE`]";

  private RegexNerLines() {}

  static List<String> of(List<ActorEntry> entries) {
    Set<String> lines = new LinkedHashSet<>();
    for (ActorEntry e : entries) {
      if (e.kind() == ActorKind.FOREIGN_STATE) {
        continue;
      }
      addName(lines, e.name());
      e.aliases().stream().filter(a -> !ActorEntry.isShared(a)).forEach(a -> addName(lines, a));
      e.acronyms().stream().filter(a -> !ActorEntry.isShared(a)).forEach(a -> addAcronym(lines, a));
    }
    return new ArrayList<>(lines);
  }

  private static void addName(Set<String> lines, String name) {
    if (name.contains("(") || name.contains(")") || name.isBlank()) {
      return;
    }
    List<String> tokens = new ArrayList<>();
    for (String word : name.trim().split("\\s+")) {
      tokens.addAll(nameTokens(word));
    }
    lines.add(line(String.join(" ", tokens)));
  }

  /** One written word as CoreNLP tokens: a possessive 's is a token of its own. */
  private static List<String> nameTokens(String word) {
    String lower = Fold.plainApostrophes(word);
    if (lower.endsWith("'s") && lower.length() > 2) {
      return List.of(caseless(word.substring(0, word.length() - 2)), APOSTROPHE_CLASS + "[sS]");
    }
    return List.of(caseless(word));
  }

  private static String caseless(String word) {
    StringBuilder regex = new StringBuilder("(?i)");
    StringBuilder part = new StringBuilder();
    for (char c : word.toCharArray()) {
      if (Fold.isApostrophe(c)) {
        regex.append(quote(part)).append(APOSTROPHE_CLASS).append('?');
        part.setLength(0);
      } else {
        part.append(c);
      }
    }
    return regex.append(quote(part)).toString();
  }

  private static String quote(CharSequence s) {
    return s.length() == 0 ? "" : Pattern.quote(s.toString());
  }

  private static void addAcronym(Set<String> lines, String acronym) {
    List<String> tokens = new ArrayList<>();
    for (String word : acronym.trim().split("\\s+")) {
      tokens.add(Pattern.quote(word));
    }
    lines.add(line(String.join(" ", tokens)));
  }

  private static String line(String pattern) {
    return pattern + "\tORGANIZATION\t" + OVERWRITABLE + "\t1.0";
  }
}
