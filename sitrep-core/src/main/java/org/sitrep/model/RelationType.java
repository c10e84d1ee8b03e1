package org.sitrep.model;

import java.util.Locale;

public enum RelationType {
  SUPPORTS, OPPOSES, ALLIED_WITH, BACKED_BY, PART_OF;

  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static RelationType parse(String s) {
    return valueOf(s.trim().toUpperCase(Locale.ROOT));
  }
}
