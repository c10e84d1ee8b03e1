package org.sitrep.time;

import org.sitrep.model.EventDate;
import org.sitrep.model.Span;

/** A date expression in text (offsets into the cleaned text) and the date it resolves to. */
public record DateMention(Span span, EventDate date) {}
