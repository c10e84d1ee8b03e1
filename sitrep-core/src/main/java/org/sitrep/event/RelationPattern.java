package org.sitrep.event;

import java.util.List;

/**
 * A set of dependency labels from a lexicon column: "nsubj,obl:agent" or wildcards "nmod:*".
 * "-" or empty means none.
 */
record RelationPattern(List<String> labels) {
  static RelationPattern parse(String column) {
    if (column == null || column.isBlank() || column.trim().equals("-")) {
      return new RelationPattern(List.of());
    }
    return new RelationPattern(List.of(column.trim().split("\\s*,\\s*")));
  }

  boolean isEmpty() {
    return labels.isEmpty();
  }

  boolean matches(String relation) {
    for (String label : labels) {
      if (label.endsWith(":*") ? relation.startsWith(label.substring(0, label.length() - 1)) || relation.equals(label.substring(0, label.length() - 2)) : relation.equals(label)) {
        return true;
      }
    }
    return false;
  }
}
