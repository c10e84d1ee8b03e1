package org.sitrep.corenlp.bench;

/**
 * One timed pass over all inputs with {@code threads} workers. {@code peakHeapBytes} is the highest
 * used heap sampled during the pass (models and uncollected garbage, so it grows with -Xmx);
 * {@code liveHeapBytes} is the heap still used after a full GC at the end of the pass (models and
 * caches). GC figures are deltas over the pass.
 */
public record ThreadRun(int threads, double seconds, double articlesPerSecond, double sentencesPerSecond,
    double parsedSentencesPerSecond, long peakHeapBytes, long liveHeapBytes, long gcCount, long gcMillis) {}
