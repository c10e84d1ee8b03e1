package org.sitrep.corenlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/**
 * The CoreNLP pipelines, each built on first use and then shared by all threads (StanfordCoreNLP
 * annotators are thread-safe once loaded). Holder classes make the lazy loading thread-safe
 * without locks: the JVM initialises each holder exactly once.
 */
final class Pipelines {
  private Pipelines() {}

  /** tokenize + ssplit over the whole text. */
  static StanfordCoreNLP splitter() {
    return Splitter.PIPELINE;
  }

  /** pos, lemma, ner (coarse + our mapping) over already tokenized sentences. */
  static StanfordCoreNLP tagger() {
    return Tagger.PIPELINE;
  }

  /** depparse alone, over sentences the tagger annotated (and {@link HeadlineVerbs} repaired). */
  static StanfordCoreNLP parser() {
    return Parser.PIPELINE;
  }

  /** SUTime (and the numeric classifiers) only, over already analysed sentences. */
  static StanfordCoreNLP timeTagger() {
    return TimeTagger.PIPELINE;
  }

  /** The Phoenix-style baseline: full default pipeline plus the shift-reduce parser. */
  static StanfordCoreNLP baseline() {
    return Baseline.PIPELINE;
  }

  private static StanfordCoreNLP build(String resource) {
    return new StanfordCoreNLP(PipelineProperties.load(resource));
  }

  private static final class Splitter {
    static final StanfordCoreNLP PIPELINE = build("split.properties");
  }

  private static final class Parser {
    static final StanfordCoreNLP PIPELINE = build("parse.properties");
  }

  private static final class Tagger {
    static final StanfordCoreNLP PIPELINE = build("tag.properties");
  }

  private static final class TimeTagger {
    static final StanfordCoreNLP PIPELINE = build("time.properties");
  }

  private static final class Baseline {
    static final StanfordCoreNLP PIPELINE = build("baseline.properties");
  }
}
