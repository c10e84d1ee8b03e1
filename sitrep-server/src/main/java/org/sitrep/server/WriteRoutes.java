package org.sitrep.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.sitrep.error.ErrorCode;
import org.sitrep.error.Failure;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.ingest.Ingestor;
import org.sitrep.model.Article;

/**
 * POST /api/articles: the body (text, HTML or JSON lines) is ingested like a file, each article
 * runs through the pipeline and is stored, and its events come back. An article the store already
 * has is not processed again. The id is "api-" plus a hash of the body, so a re-post is the same article.
 */
final class WriteRoutes {
  private final Auth auth;
  private final long maxBody;
  private final IngestOptions options;
  private final Ingestor ingestor;
  private final ArticleSaver saver;

  WriteRoutes(Auth auth, long maxBody, StoreAccess store, ArticleProcessor processor) {
    this.auth = auth;
    this.maxBody = maxBody;
    this.options = IngestOptions.defaults().withMaxBytes(maxBody);
    this.ingestor = new Ingestor(options);
    this.saver = new ArticleSaver(store, processor);
  }

  void post(Context ctx) {
    auth.require(ctx);
    byte[] body = body(ctx);
    List<Article> articles = new ArrayList<>();
    List<Failure> failures = new ArrayList<>();
    ingest(ctx, body, articles, failures);
    if (articles.isEmpty()) {
      Failure first = failures.isEmpty() ? new Failure("body", 0, ErrorCode.SR103, "") : failures.get(0);
      throw new ApiError(422, first.code().name(), first.describe());
    }
    ArrayNode results = Json.array();
    for (Article a : articles) {
      saver.save(a, failures).ifPresent(results::add);
    }
    ObjectNode answer = Json.object();
    answer.set("articles", results);
    answer.set("failures", failures(failures));
    Responses.json(ctx.status(results.isEmpty() ? 422 : 200), answer);
  }

  /**
   * ?published=YYYY-MM-DD dates an article that carries no date of its own (as --published does);
   * it needs an ingestor of its own, the shared one has no fallback.
   */
  private void ingest(Context ctx, byte[] body, List<Article> articles, List<Failure> failures) {
    java.time.LocalDate published = Params.date(ctx, "published");
    String name = name(body, ctx.contentType());
    if (published != null) {
      new Ingestor(options.withPublishedFallback(published)).ingestBytes(name, body, articles::add, failures::add);
      return;
    }
    synchronized (ingestor) {
      ingestor.ingestBytes(name, body, articles::add, failures::add);
    }
  }

  /** The body, refused with 413 beyond the limit (the Content-Length check spares reading it). */
  private byte[] body(Context ctx) {
    long declared = ctx.contentLength();
    if (declared > maxBody) {
      throw ApiError.http(413, "body of " + declared + " bytes is over the limit of " + maxBody);
    }
    byte[] body = ctx.bodyAsBytes();
    if (body.length > maxBody) {
      throw ApiError.http(413, "body is over the limit of " + maxBody + " bytes");
    }
    return body;
  }

  private static String name(byte[] body, String contentType) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
      return "api-" + HexFormat.of().formatHex(hash, 0, 8) + BodyFormat.extension(contentType);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  private static ArrayNode failures(List<Failure> failures) {
    ArrayNode out = Json.array();
    for (Failure f : failures) {
      out.addObject().put("code", f.code().name()).put("line", f.line()).put("message", f.describe());
    }
    return out;
  }
}
