package org.sitrep.bench;

import java.util.Map;

/** One timed pass of a pipeline over a set of articles on a number of threads. */
public record BenchRun(
    String pipeline,
    int threads,
    int articles,
    int sentences,
    int parsedSentences,
    int events,
    double seconds,
    Map<String, Double> stageShare,
    long peakHeapBytes) {

  public double articlesPerSecond() {
    return articles / seconds;
  }

  public double sentencesPerSecond() {
    return sentences / seconds;
  }
}
