package org.sitrep.pipeline;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.sitrep.actor.ActorFindings;
import org.sitrep.event.ArticleFocus;
import org.sitrep.event.EventExtractor;
import org.sitrep.event.RelationExtractor;
import org.sitrep.geo.PlaceMention;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Place;
import org.sitrep.model.Relation;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.nlp.Annotator;

/**
 * The chain of named stages for one cleaned article: annotate (sentences; NER and parsing only
 * where the prefilter finds a trigger word) → places (which give the article's focus country) →
 * actors (with that country) → places inside actor names dropped → events (with quantities,
 * dates, in-article dedup) → relations. Thread-safe: one
 * instance serves every worker.
 */
public final class Pipeline {
  /** The stages, each replaceable on its own (tests pass hand-made ones). */
  public record Stages(Annotator annotator, Predicate<String> prefilter, ActorStage actors, PlaceStage places,
      Function<String, Place> countries, EventExtractor events, RelationExtractor relations) {}

  private final Stages stages;
  private final StageClock clock;

  public Pipeline(Stages stages, StageClock clock) {
    this.stages = stages;
    this.clock = clock;
  }

  public StageClock clock() {
    return clock;
  }

  public ArticleResult process(Article article) {
    List<Sentence> sentences = clock.time("annotate",
        () -> stages.annotator().annotate(article.text(), article.published(), stages.prefilter()));
    AnnotatedArticle doc = new AnnotatedArticle(article, sentences);
    // places first, to learn the article's country for the actor patterns that need it ("government
    // forces"); then the places inside actor names ("Hayat Tahrir al-Sham") are dropped
    List<PlaceMention> allPlaces = clock.time("places", () -> stages.places().find(doc, List.of()));
    String focus = ArticleFocus.mostMentionedCountry(allPlaces);
    ActorFindings actors = clock.time("actors", () -> stages.actors().find(doc, focus));
    List<Span> names = actors.nonCountrySpans();
    // a dateline names where the report was filed, not where anything happened
    List<PlaceMention> places = allPlaces.stream()
        .filter(m -> !m.dateline() && names.stream().noneMatch(n -> n.overlaps(m.span()))).toList();
    List<Event> events = clock.time("events", () -> stages.events().extract(doc, actors.mentions(), places));
    List<Relation> relations = clock.time("relations", () -> stages.relations().extract(doc, actors));
    int parsed = (int) sentences.stream().filter(Sentence::parsed).count();
    return new ArticleResult(article, events, relations, sentences.size(), parsed);
  }

}
