package org.sitrep.geo;

import org.sitrep.knowledge.TsvResource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Extra index names of first-level divisions: the bare name without its type word ("Homs
 * Governorate" also as "Homs") and the English aliases of admin1-aliases.tsv ("North Kivu" for
 * "Nord-Kivu").
 */
final class DivisionNames {
  private static final String GEO = "org/sitrep/geo/";
  private final Pattern typeWords;
  private final Map<String, List<String>> aliases = new HashMap<>();

  DivisionNames() {
    List<String> words = new ArrayList<>(TsvResource.cells(GEO + "admin1-words.tsv").stream().map(r -> r[0].trim()).toList());
    words.add("of");
    typeWords = Pattern.compile("(?i)\\b(?:" + String.join("|", words.stream().map(Pattern::quote).toList()) + ")\\b");
    for (String[] row : TsvResource.cells(GEO + "admin1-aliases.tsv")) {
      if (row.length >= 3) {
        aliases.computeIfAbsent(row[1].trim() + "." + row[2].trim(), k -> new ArrayList<>()).add(row[0].trim());
      }
    }
  }

  /** The division name without type words, or the whole name if nothing else is left. */
  String strip(String divisionName) {
    String stripped = typeWords.matcher(divisionName).replaceAll(" ").replaceAll("\\s+", " ").trim();
    return stripped.isEmpty() ? divisionName : stripped;
  }

  List<String> aliases(String iso3, String divisionName) {
    return aliases.getOrDefault(iso3 + "." + divisionName, List.of());
  }
}
