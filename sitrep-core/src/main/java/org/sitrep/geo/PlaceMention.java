package org.sitrep.geo;

import org.sitrep.model.Place;
import org.sitrep.model.Span;

/**
 * A toponym in the text (offsets into cleaned text) resolved to a place. {@code dateline} is true
 * when the name is in a wire dateline ("HAMA, Syria, Dec 5 (Reuters) —"): it names where the report
 * was filed, so it should not be taken as where an event happened.
 */
public record PlaceMention(Span span, Place place, boolean dateline) {
  public PlaceMention(Span span, Place place) {
    this(span, place, false);
  }
}
