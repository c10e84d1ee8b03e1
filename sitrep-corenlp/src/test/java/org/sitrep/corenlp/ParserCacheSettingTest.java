package org.sitrep.corenlp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The parser's feature cache is sized in parse.properties: large enough to hold a corpus's working
 * set (CoreNLP's default of 5,000 thrashes), small enough that a full cache fits the launcher's
 * 2 GB heap beside the models.
 */
class ParserCacheSettingTest {
  private static final int CORENLP_DEFAULT = 5_000;
  private static final long BYTES_PER_ENTRY = 1_000L * Float.BYTES; // the UD model's hidden size
  private static final long MOST_BYTES = 300L << 20;

  @Test
  void theCacheIsSizedForACorpusAndBoundedInMemory() {
    Properties props = PipelineProperties.load("parse.properties");
    int entries = Integer.parseInt(props.getProperty("depparse.numCached", "0").trim());
    assertTrue(entries > 10 * CORENLP_DEFAULT, "cache of " + entries + " entries thrashes on a corpus");
    assertTrue(entries * BYTES_PER_ENTRY < MOST_BYTES, "a full cache would take " + entries * BYTES_PER_ENTRY + " bytes");
  }
}
