package org.sitrep.cli;

import java.util.List;
import org.sitrep.actor.ActorFinder;
import org.sitrep.corenlp.CoreNlpAnnotator;
import org.sitrep.geo.PlaceFinder;
import org.sitrep.geo.PlaceMention;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Article;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.nlp.Annotator;

/**
 * Toponyms of one article: CoreNLP tags every sentence (NER, no parse), the actor finder marks
 * people and organisations (their names are not places, "the Syrian Observatory", "Paris Hilton"),
 * and the place finder finds and resolves the rest, datelines included. Thread-safe.
 */
final class Geoparser {
  /** The places found, and the nanoseconds spent after NER (actors + places). */
  record Result(List<PlaceMention> places, long geoNanos) {}

  private final Annotator annotator;
  private final ActorFinder actors;
  private final PlaceFinder places;

  Geoparser(Annotator annotator, ActorFinder actors, PlaceFinder places) {
    this.annotator = annotator;
    this.actors = actors;
    this.places = places;
  }

  static Geoparser standard() {
    return new Geoparser(CoreNlpAnnotator.forGeoparsing(), ActorFinder.standard(), PlaceFinder.standard());
  }

  Result parse(Article article) {
    List<Sentence> sentences = annotator.annotate(article.text(), article.published(), s -> true);
    AnnotatedArticle doc = new AnnotatedArticle(article, sentences);
    long start = System.nanoTime();
    List<Span> exclude = actors.analyse(doc, null).nonCountrySpans();
    List<PlaceMention> found = places.find(doc, exclude);
    return new Result(found, System.nanoTime() - start);
  }
}
