package org.sitrep.cli;

import org.sitrep.pipeline.Pipeline;

/** One standard pipeline per test JVM: CoreNLP models load once (about 15 s) for all tests. */
final class TestPipeline {
  private static Pipeline pipeline;

  private TestPipeline() {}

  static synchronized Pipeline get() {
    if (pipeline == null) {
      pipeline = StandardPipeline.create(true);
    }
    return pipeline;
  }
}
