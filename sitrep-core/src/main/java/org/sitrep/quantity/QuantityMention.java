package org.sitrep.quantity;

import org.sitrep.model.Quantity;
import org.sitrep.model.Span;

/** A count found in text: its span (offsets into the cleaned text) and its value. */
public record QuantityMention(Span span, Quantity q) {}
