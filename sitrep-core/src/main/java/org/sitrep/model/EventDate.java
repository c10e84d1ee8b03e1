package org.sitrep.model;

/** The event's date (ISO-8601, or null), its precision and the words it came from. */
public record EventDate(String value, DatePrecision precision, String text) {}
