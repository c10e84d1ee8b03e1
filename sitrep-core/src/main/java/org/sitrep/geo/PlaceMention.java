package org.sitrep.geo;

import org.sitrep.model.Place;
import org.sitrep.model.Span;

/** A toponym in the text (offsets into cleaned text) resolved to a place. */
public record PlaceMention(Span span, Place place) {}
