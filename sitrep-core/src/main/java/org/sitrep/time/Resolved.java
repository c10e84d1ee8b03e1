package org.sitrep.time;

import java.time.LocalDate;
import org.sitrep.model.DatePrecision;

/** A date read from tokens ending before token {@code end}; the value is the period's first day. */
record Resolved(LocalDate date, DatePrecision precision, int end) {}
