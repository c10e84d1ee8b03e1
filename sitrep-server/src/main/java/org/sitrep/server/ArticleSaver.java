package org.sitrep.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Optional;
import org.sitrep.error.ErrorCode;
import org.sitrep.error.Failure;
import org.sitrep.export.EventJson;
import org.sitrep.model.Article;
import org.sitrep.pipeline.ArticleResult;
import org.sitrep.store.Admission;

/**
 * Admits, processes and stores one posted article, as {@code sitrep ingest} would. A failure is
 * added to the list and gives no result; the pipeline runs outside the store lock.
 */
final class ArticleSaver {
  private final StoreAccess store;
  private final ArticleProcessor processor;
  private final EventJson eventJson = new EventJson();

  ArticleSaver(StoreAccess store, ArticleProcessor processor) {
    this.store = store;
    this.processor = processor;
  }

  Optional<ObjectNode> save(Article article, List<Failure> failures) {
    Admission admission = store.withStore(s -> s.admit(article));
    if (admission == Admission.ID_CLASH) {
      failures.add(new Failure(article.id(), 0, ErrorCode.SR305, "id " + article.id()));
      return Optional.empty();
    }
    if (admission.stored()) {
      return Optional.of(result(article, admission, storedEvents(article.id())));
    }
    ArticleResult result;
    try {
      result = processor.process(article);
    } catch (RuntimeException e) {
      failures.add(new Failure(article.id(), 0, ErrorCode.SR201, e.getClass().getSimpleName()));
      return Optional.empty();
    }
    store.withStore(s -> {
      s.save(result);
      return null;
    });
    ArrayNode events = Json.array();
    result.events().forEach(e -> events.add(eventJson.toJson(e)));
    return Optional.of(result(article, admission, events));
  }

  /** The events stored under this id; none when the story is stored under another id or URL. */
  private ArrayNode storedEvents(String articleId) {
    return store.query(db -> {
      try (PreparedStatement s = db.prepareStatement("SELECT json FROM events WHERE article_id = ? ORDER BY ord")) {
        s.setString(1, articleId);
        return Json.jsonColumn(s);
      }
    });
  }

  private static ObjectNode result(Article article, Admission admission, ArrayNode events) {
    ObjectNode n = Json.object().put("id", article.id()).put("title", article.title())
        .put("published", article.published() == null ? null : article.published().toString())
        .put("admission", admission.name().toLowerCase(java.util.Locale.ROOT));
    n.set("events", events);
    return n;
  }
}
