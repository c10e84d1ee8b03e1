package org.sitrep.actor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.model.ActorKind;

/**
 * CoreNLP RegexNER mapping lines ("pattern TAB ORGANIZATION TAB overwritable types TAB priority")
 * so that actor names the default NER misses or calls PERSON ("Hayat Tahrir Al-Sham", "Daesh")
 * or leaves untagged ("HTS") become ORGANIZATION. Patterns are literal CoreNLP tokens (hyphens
 * are tokens of their own, as CoreNLP splits "al-Sham"), matched with the annotator's ignorecase
 * option: literal entries are looked up, while regex entries would be tried one by one on every
 * token, which halved the annotator's speed with a dictionary this size. So acronyms of two
 * letters ("IS", "AA") are left out: ignoring case they would tag every "is". Country names
 * (foreign states) and shared ('~') names are left out so places keep their LOCATION tags.
 */
final class RegexNerLines {
  static final String OVERWRITABLE = "PERSON,LOCATION,MISC,CITY,STATE_OR_PROVINCE,COUNTRY,NATIONALITY,RELIGION,IDEOLOGY,TITLE";
  /** Shorter acronyms collide with common words once case is ignored. */
  private static final int MIN_ACRONYM = 3;

  private RegexNerLines() {}

  static List<String> of(List<ActorEntry> entries) {
    Set<String> lines = new LinkedHashSet<>();
    for (ActorEntry e : entries) {
      if (e.kind() == ActorKind.FOREIGN_STATE) {
        continue;
      }
      addName(lines, e.name());
      e.aliases().stream().filter(a -> !ActorEntry.isShared(a)).forEach(a -> addName(lines, a));
      e.acronyms().stream().filter(a -> !ActorEntry.isShared(a) && a.strip().length() >= MIN_ACRONYM)
          .forEach(a -> addName(lines, a));
    }
    return new ArrayList<>(lines);
  }

  private static void addName(Set<String> lines, String name) {
    if (name.contains("(") || name.contains(")") || name.contains("\t") || name.isBlank()) {
      return;
    }
    String tokens = String.join(" ", coreNlpTokens(name.strip()));
    lines.add(line(tokens));
    // written with a typographic apostrophe in much news copy
    if (tokens.contains("'")) {
      lines.add(line(tokens.replace('\'', '\u2019')));
    }
  }

  /** The tokens CoreNLP makes of a name: words, with hyphens and a possessive 's split off. */
  private static List<String> coreNlpTokens(String name) {
    List<String> tokens = new ArrayList<>();
    for (String word : name.split("\\s+")) {
      String plain = Fold.plainApostrophes(word);
      boolean possessive = plain.endsWith("'s") && plain.length() > 2;
      String stem = possessive ? plain.substring(0, plain.length() - 2) : plain;
      String[] parts = stem.split("-", -1);
      for (int i = 0; i < parts.length; i++) {
        if (i > 0) {
          tokens.add("-");
        }
        if (!parts[i].isEmpty()) {
          tokens.add(parts[i]);
        }
      }
      if (possessive) {
        tokens.add("'s");
      }
    }
    return tokens;
  }

  private static String line(String pattern) {
    return pattern + "\tORGANIZATION\t" + OVERWRITABLE + "\t1.0";
  }
}
