package org.sitrep.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.sitrep.model.Sentence;
import org.sitrep.nlp.Annotator;

/**
 * The fast annotator: tokenizes and splits the whole text, then runs POS, lemma, NER (coarse tags,
 * our RegexNER mapping, SUTime against the publication date), the repairs of the tagger's errors
 * that cost events ({@link #repairTags}) and the neural dependency parser (enhanced++ UD) only on
 * the sentences the selector accepts. Models load on first use, once per process, and are shared by
 * all instances and threads.
 */
public final class CoreNlpAnnotator implements Annotator {
  private static final System.Logger LOG = System.getLogger(CoreNlpAnnotator.class.getName());

  /** True for the geoparsing variant: every sentence tagged, none parsed, no SUTime. */
  private final boolean nerOnly;

  /** The extraction annotator: NER and dependencies on the sentences the selector accepts. */
  public CoreNlpAnnotator() {
    this(false);
  }

  private CoreNlpAnnotator(boolean nerOnly) {
    this.nerOnly = nerOnly;
  }

  /**
   * The geoparsing annotator: POS, lemma and NER on <em>every</em> sentence (the selector is
   * ignored), no dependency parse, no SUTime. Its sentences are marked {@code parsed} because their
   * tokens carry NER tags (which is what the place finder reads); their dependency lists are empty.
   * Shares the loaded tagger models with {@link #CoreNlpAnnotator()} through CoreNLP's annotator cache.
   */
  public static CoreNlpAnnotator forGeoparsing() {
    return new CoreNlpAnnotator(true);
  }

  @Override
  public List<Sentence> annotate(String text, LocalDate published, Predicate<String> needsParse) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    Annotation document = new Annotation(text);
    Pipelines.splitter().annotate(document);
    List<CoreMap> sentences = StampedSentences.split(text, document.get(CoreAnnotations.SentencesAnnotation.class));
    Map<CoreMap, CoreMap> analyzed = analyze(text, published, select(text, sentences, nerOnly ? null : needsParse));
    List<Sentence> result = new ArrayList<>(sentences.size());
    for (CoreMap sentence : sentences) {
      CoreMap parsed = analyzed.get(sentence);
      result.add(SentenceConverter.convert(text, result.size(),
          parsed == null ? sentence : parsed, parsed != null));
    }
    return result;
  }

  @Override
  public String name() {
    return nerOnly ? "corenlp-ner" : "corenlp-fast";
  }

  private static List<CoreMap> select(String text, List<CoreMap> sentences, Predicate<String> needsParse) {
    List<CoreMap> selected = new ArrayList<>();
    for (CoreMap sentence : sentences) {
      int start = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      if (needsParse == null || needsParse.test(text.substring(start, end))) {
        selected.add(sentence);
      }
    }
    return selected;
  }

  /**
   * Annotates the selected sentences as one smaller document; returns each original sentence's
   * annotated copy. A CoreNLP failure leaves those sentences unparsed instead of losing the article.
   */
  private Map<CoreMap, CoreMap> analyze(String text, LocalDate published, List<CoreMap> selected) {
    Map<CoreMap, CoreMap> copies = new IdentityHashMap<>();
    if (selected.isEmpty()) {
      return copies;
    }
    Annotation document = SelectedSentences.document(text, selected, published);
    try {
      Pipelines.tagger().annotate(document);
      if (!nerOnly) {
        repairTags(document);
        Pipelines.parser().annotate(document);
      }
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "CoreNLP analysis failed; sentences left unparsed", e);
      return copies;
    }
    List<CoreMap> annotated = document.get(CoreAnnotations.SentencesAnnotation.class);
    if (!nerOnly) {
      TimeExpressions.tag(text, published, annotated);
    }
    for (int i = 0; i < selected.size(); i++) {
      copies.put(selected.get(i), annotated.get(i));
    }
    return copies;
  }

  /**
   * The tagger's errors that cost events, mended before the parse: {@link AcronymTags},
   * {@link GerundAndParticipleTags}, {@link HeadlineVerbs}, {@link CapitalisedNounLemmas}, {@link LemmaFixes} (last, since
   * retagging "wound" as a verb lemmatises it "wind").
   */
  private static void repairTags(Annotation document) {
    for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      AcronymTags.repair(tokens);
      GerundAndParticipleTags.repair(tokens);
      HeadlineVerbs.standard().repair(tokens);
      CapitalisedNounLemmas.repair(tokens);
      LemmaFixes.repair(tokens);
    }
  }
}
