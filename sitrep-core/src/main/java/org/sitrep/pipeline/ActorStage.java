package org.sitrep.pipeline;

import java.util.List;
import org.sitrep.actor.ActorMention;
import org.sitrep.model.AnnotatedArticle;

/** The actors stage: actor mentions of an article, given the article's focus country (or null). */
@FunctionalInterface
public interface ActorStage {
  List<ActorMention> find(AnnotatedArticle doc, String focusCountryIso3);
}
