package org.sitrep.corenlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Reads a CoreNLP pipeline configuration kept as a properties resource next to this class. */
final class PipelineProperties {
  static final String REGEXNER_MAPPING = "ner.additional.regexner.mapping";

  private PipelineProperties() {}

  static Properties load(String resourceName) {
    Properties props = new Properties();
    try (InputStream in = PipelineProperties.class.getResourceAsStream(resourceName)) {
      if (in == null) {
        throw new IllegalStateException("missing pipeline resource " + resourceName);
      }
      props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    replaceMappingWithCommentFreeCopy(props);
    return props;
  }

  /** CoreNLP's RegexNER rejects '#' lines, but our data files carry a provenance header. */
  private static void replaceMappingWithCommentFreeCopy(Properties props) {
    String mapping = props.getProperty(REGEXNER_MAPPING);
    if (mapping != null) {
      props.setProperty(REGEXNER_MAPPING, RegexNerMapping.withoutComments(mapping).toString());
    }
  }
}
