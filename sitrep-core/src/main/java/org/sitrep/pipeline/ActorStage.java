package org.sitrep.pipeline;

import java.util.List;
import org.sitrep.actor.ActorFindings;
import org.sitrep.model.AnnotatedArticle;

/** The actors stage: actor mentions of an article and the links the words state between them, given the article's focus country (or null). */
@FunctionalInterface
public interface ActorStage {
  ActorFindings find(AnnotatedArticle doc, String focusCountryIso3);
}
