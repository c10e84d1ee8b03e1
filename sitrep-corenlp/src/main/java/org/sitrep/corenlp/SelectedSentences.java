package org.sitrep.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A document made of some sentences of an already tokenized text, so the expensive annotators run
 * on those sentences only. The tokens are the original CoreLabels (annotated in place, offsets into
 * the full text unchanged); the sentence maps are fresh copies whose token ranges and indices refer
 * to this smaller document, as the annotators expect.
 */
final class SelectedSentences {
  private SelectedSentences() {}

  static Annotation document(String text, List<CoreMap> selected, LocalDate published) {
    Annotation doc = new Annotation(text);
    List<CoreLabel> tokens = new ArrayList<>();
    List<CoreMap> sentences = new ArrayList<>();
    for (CoreMap original : selected) {
      sentences.add(copy(original, sentences.size(), tokens));
    }
    doc.set(CoreAnnotations.TokensAnnotation.class, tokens);
    doc.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    if (published != null) {
      doc.set(CoreAnnotations.DocDateAnnotation.class, published.toString());
    }
    return doc;
  }

  /** Copies one sentence, appending its tokens to the document's token list. */
  private static CoreMap copy(CoreMap original, int index, List<CoreLabel> documentTokens) {
    List<CoreLabel> tokens = original.get(CoreAnnotations.TokensAnnotation.class);
    CoreMap sentence = new ArrayCoreMap();
    sentence.set(CoreAnnotations.TextAnnotation.class, original.get(CoreAnnotations.TextAnnotation.class));
    sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class,
        original.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class));
    sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class,
        original.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
    sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
    sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
    sentence.set(CoreAnnotations.TokenBeginAnnotation.class, documentTokens.size());
    documentTokens.addAll(tokens);
    sentence.set(CoreAnnotations.TokenEndAnnotation.class, documentTokens.size());
    for (CoreLabel token : tokens) {
      token.setSentIndex(index);
    }
    return sentence;
  }
}
