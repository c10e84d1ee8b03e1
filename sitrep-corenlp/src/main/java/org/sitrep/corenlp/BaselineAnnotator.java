package org.sitrep.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.sitrep.model.Sentence;
import org.sitrep.nlp.Annotator;

/**
 * A Phoenix/PETRARCH-style baseline for `sitrep bench`: the default CoreNLP pipeline (fine-grained
 * NER) plus a shift-reduce constituency parse of every sentence. It ignores the selector on
 * purpose, as those systems parse everything; dependencies are CoreNLP's conversion of the tree.
 */
public final class BaselineAnnotator implements Annotator {
  @Override
  public List<Sentence> annotate(String text, LocalDate published, Predicate<String> needsParse) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    Annotation document = new Annotation(text);
    if (published != null) {
      document.set(CoreAnnotations.DocDateAnnotation.class, published.toString());
    }
    Pipelines.baseline().annotate(document);
    List<Sentence> result = new ArrayList<>();
    for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
      result.add(SentenceConverter.convert(text, result.size(), sentence, true));
    }
    return result;
  }

  @Override
  public String name() {
    return "corenlp-baseline-sr";
  }
}
