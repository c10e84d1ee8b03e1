package org.sitrep.corenlp.bench;

/**
 * One timed pass over all inputs with {@code threads} workers. Peak heap is the highest used heap
 * sampled during the pass (models included); GC figures are deltas over the pass.
 */
public record ThreadRun(int threads, double seconds, double articlesPerSecond, double sentencesPerSecond,
    double parsedSentencesPerSecond, long peakHeapBytes, long gcCount, long gcMillis) {}
