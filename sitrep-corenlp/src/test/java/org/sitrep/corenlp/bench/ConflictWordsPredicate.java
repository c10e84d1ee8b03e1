package org.sitrep.corenlp.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** The benchmark's stand-in prefilter: any of ~40 conflict word stems occurs in the sentence. */
final class ConflictWordsPredicate implements Predicate<String> {
  private final List<String> stems;

  ConflictWordsPredicate() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("conflict-words.txt")) {
      stems = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }
  }

  @Override
  public boolean test(String sentence) {
    String lower = sentence.toLowerCase(Locale.ROOT);
    return stems.stream().anyMatch(lower::contains);
  }
}
