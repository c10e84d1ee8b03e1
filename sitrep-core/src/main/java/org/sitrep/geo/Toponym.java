package org.sitrep.geo;

import java.util.List;
import org.sitrep.model.Span;

/**
 * A place name found in the text with its candidate entries, before resolution. {@code qualifierCountry}
 * is the ISO3 of a following ", Lebanon"-style qualifier (null if none); {@code qualifierAdmin1} the
 * admin1 code of a following ", Ohio" / ", Ill." / ", OH" qualifier (null if none);
 * {@code admin1Qualified} is true for "Homs province".
 */
record Toponym(Span span, String text, List<GazetteerEntry> candidates, String qualifierCountry,
    String qualifierAdmin1, boolean admin1Qualified) {

  Toponym(Span span, String text, List<GazetteerEntry> candidates, String qualifierCountry, boolean admin1Qualified) {
    this(span, text, candidates, qualifierCountry, null, admin1Qualified);
  }

  /** A name that is also a country or first-level division ("Georgia", "California", "Lebanon"): that reading comes first. */
  boolean namesCountryOrDivision() {
    return candidates.stream().anyMatch(c -> c.kind() == EntryKind.COUNTRY || c.kind() == EntryKind.ADMIN1);
  }
}
