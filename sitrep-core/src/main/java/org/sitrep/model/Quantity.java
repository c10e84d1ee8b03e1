package org.sitrep.model;

/** A count with the words it came from; vague words give conservative lower bounds, exact=false. */
public record Quantity(long value, boolean exact, Long low, Long high, String text) {}
