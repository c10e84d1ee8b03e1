package org.sitrep.pipeline;

import java.util.List;
import org.sitrep.geo.PlaceMention;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Span;

/** The places stage: resolved toponyms of an article, never inside the excluded (actor) spans. */
@FunctionalInterface
public interface PlaceStage {
  List<PlaceMention> find(AnnotatedArticle doc, List<Span> exclude);
}
