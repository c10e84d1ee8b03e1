package org.sitrep.event;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Dependency;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * Builds a parsed sentence by hand, as spaCy's tests build Docs: words with lemma and tag, then
 * edges "rel gov dep" by token index. The text is the words joined by spaces.
 */
final class SentenceBuilder {
  private final int offset;
  private final StringBuilder text = new StringBuilder();
  private final List<Token> tokens = new ArrayList<>();
  private final List<Dependency> deps = new ArrayList<>();

  SentenceBuilder(int offset) {
    this.offset = offset;
  }

  /** "word/lemma/TAG" or "word/lemma/TAG/NER" items separated by spaces, e.g. "Thousands/thousand/NNS fled/flee/VBD"; "////," is a slash. */
  SentenceBuilder words(String spec) {
    for (String item : spec.trim().split(" +")) {
      // a slash itself is written "////TAG" (word "/", lemma "/")
      String[] p = item.startsWith("////") ? new String[] {"/", "/", item.substring(4)} : item.split("/");
      if (text.length() > 0) {
        text.append(' ');
      }
      int start = offset + text.length();
      text.append(p[0]);
      tokens.add(new Token(tokens.size(), start, start + p[0].length(), p[0], p[1], p[2], p.length > 3 ? p[3] : "O", null));
    }
    return this;
  }

  /** "rel gov dep" triples separated by ";", gov -1 for the root. */
  SentenceBuilder deps(String spec) {
    for (String item : spec.split(";")) {
      String[] p = item.trim().split(" +");
      deps.add(new Dependency(p[0], Integer.parseInt(p[1]), Integer.parseInt(p[2])));
    }
    return this;
  }

  String text() {
    return text.toString();
  }

  Sentence build(int index) {
    return new Sentence(index, offset, offset + text.length(), text.toString(), tokens, deps, true);
  }
}
