package org.sitrep.corenlp.bench;

import java.time.LocalDate;

/** One article for the benchmark: its cleaned text and publication date (may be null). */
public record BenchInput(String text, LocalDate published) {}
