package org.sitrep.eval;

import java.util.ArrayList;
import java.util.List;

/** Small list helper shared by the gold records. */
final class Names {
  private Names() {}

  static List<String> join(String first, List<String> rest) {
    List<String> all = new ArrayList<>();
    if (first != null) {
      all.add(first);
    }
    all.addAll(rest);
    return all;
  }
}
