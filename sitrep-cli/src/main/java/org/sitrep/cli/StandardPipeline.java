package org.sitrep.cli;

import java.util.function.Predicate;
import org.sitrep.actor.ActorDictionary;
import org.sitrep.actor.ActorFinder;
import org.sitrep.corenlp.CoreNlpAnnotator;
import org.sitrep.event.EventExtractor;
import org.sitrep.event.RelationExtractor;
import org.sitrep.event.SentencePrefilter;
import org.sitrep.geo.PlaceFinder;
import org.sitrep.nlp.Annotator;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.StageClock;
import org.sitrep.quantity.QuantityParser;
import org.sitrep.time.DateResolver;

/** Wires the standard stages: CoreNLP, the bundled knowledge and the GeoNames gazetteer. */
final class StandardPipeline {
  private StandardPipeline() {}

  static Pipeline create(boolean prefilter) {
    return create(new CoreNlpAnnotator(), prefilter);
  }

  /** The standard stages with a user's actor dictionary on top of the bundled one. */
  static Pipeline create(boolean prefilter, ActorDictionary dictionary) {
    return create(new CoreNlpAnnotator(), prefilter, new ActorFinder(dictionary));
  }

  static Pipeline create(Annotator annotator, boolean prefilter) {
    return create(annotator, prefilter, ActorFinder.standard());
  }

  private static Pipeline create(Annotator annotator, boolean prefilter, ActorFinder actors) {
    PlaceFinder places = PlaceFinder.standard();
    Predicate<String> filter = prefilter ? SentencePrefilter.standard() : s -> true;
    Pipeline.Stages stages = new Pipeline.Stages(
        annotator,
        filter,
        actors::analyse,
        places::find,
        iso3 -> places.country(iso3).orElse(null),
        new EventExtractor(new QuantityParser(), new DateResolver(), iso3 -> places.country(iso3).orElse(null)),
        new RelationExtractor());
    return new Pipeline(stages, new StageClock());
  }
}
