package org.sitrep.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.sitrep.store.Store;

/**
 * The HTTP API (docs/API.md) and the web UI over one store, in one Javalin process. Reads are
 * open unless {@link ServerConfig#protectReads()}; writes always need the bearer token. Every error
 * is a JSON object {"code", "message"} with its status, never a stack trace.
 */
public final class SitrepServer implements AutoCloseable {
  static final String UI = "/org/sitrep/server/ui";
  private final Javalin app;
  private final StoreAccess access;

  private SitrepServer(Javalin app, StoreAccess access) {
    this.app = app;
    this.access = access;
  }

  /** Starts serving; the caller keeps owning (and closes) the store after {@link #close()}. */
  public static SitrepServer start(ServerConfig config, Store store, ArticleProcessor processor) {
    StoreAccess access = new StoreAccess(store);
    Auth auth = new Auth(config.token());
    Javalin app = Javalin.create(c -> {
      c.showJavalinBanner = false;
      c.http.maxRequestSize = config.maxBodyBytes();
      c.http.prefer405over404 = true;
      c.staticFiles.add(files -> {
        files.hostedPath = "/";
        files.directory = UI;
        files.location = Location.CLASSPATH;
      });
    });
    Routes.register(app, access, auth, config, processor);
    errors(app);
    app.before(SitrepServer::securityHeaders);
    app.before("/api/*", ctx -> {
      if (config.protectReads() && !"POST".equals(ctx.method().name())) {
        auth.require(ctx);
      }
    });
    app.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi()));
    return new SitrepServer(app.start(config.port()), access);
  }

  /** The port it listens on (the free one chosen when the config said 0). */
  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
    access.close();
  }

  private static void errors(Javalin app) {
    app.exception(ApiError.class, (e, ctx) -> Responses.error(ctx, e.status(), e.code(), e.getMessage()));
    app.exception(HttpResponseException.class,
        (e, ctx) -> Responses.error(ctx, e.getStatus(), "HTTP" + e.getStatus(), e.getMessage()));
    app.exception(Exception.class, (e, ctx) -> Responses.error(ctx, 500, "HTTP500", "internal error: " + e.getClass().getSimpleName()));
    for (int status : new int[] {400, 404, 405, 413, 500}) {
      app.error(status, ctx -> {
        if (ctx.attribute(Responses.ERROR_WRITTEN) == null) {
          Responses.error(ctx, status, "HTTP" + status, status == 404 ? "no such route: " + ctx.path() : "HTTP " + status);
        }
      });
    }
  }

  /** Article text is data: the UI never parses it as HTML, and this policy forbids inline script anyway. */
  private static void securityHeaders(Context ctx) {
    ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
  }

  private static String openApi() {
    try (InputStream in = SitrepServer.class.getResourceAsStream("openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json is missing from the jar: a packaging bug");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
