package org.sitrep.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.sitrep.model.Article;
import org.sitrep.pipeline.ArticleResult;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.server.ArticleProcessor;
import org.sitrep.server.ServerConfig;
import org.sitrep.server.SitrepServer;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the store over HTTP: the JSON API (docs/API.md, /openapi.json) and the web UI at /.",
        "Writes (POST /api/articles) need Authorization: Bearer TOKEN, the token from --token-file or SITREP_TOKEN."})
final class ServeCommand implements Callable<Integer> {
  @Mixin StoreOption store;
  @Option(names = "--port", defaultValue = "8080", description = "TCP port; 0 picks a free one (default: ${DEFAULT-VALUE})")
  int port;
  @Option(names = "--token-file", paramLabel = "FILE", description = "file holding the bearer token (else env SITREP_TOKEN)")
  Path tokenFile;
  @Option(names = "--max-body", paramLabel = "BYTES", description = "largest POST body (default: 5 MiB)")
  long maxBody = ServerConfig.DEFAULT_MAX_BODY;
  @ArgGroup(exclusive = true)
  Reads reads = new Reads();

  static final class Reads {
    @Option(names = "--open-reads", description = "GET needs no token (the default)") boolean open;
    @Option(names = "--protect-reads", description = "GET /api/* needs the token too") boolean protect;
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    String token = tokenFile != null ? Files.readString(tokenFile, StandardCharsets.UTF_8).strip() : System.getenv("SITREP_TOKEN");
    if (reads.protect && (token == null || token.isBlank())) {
      System.err.println("sitrep: --protect-reads needs a token (--token-file FILE or SITREP_TOKEN)");
      return 2;
    }
    if (maxBody <= 0) {
      System.err.println("sitrep: --max-body must be positive: " + maxBody);
      return 2;
    }
    ServerConfig config = new ServerConfig(port, token, reads.protect, maxBody);
    try (Store db = Store.open(store.db)) {
      serveUntilStopped(config, db, new LazyPipeline());
      return 0;
    } catch (StoreException e) {
      System.err.println(e.getMessage());
      return 2;
    }
  }

  /** Serves the store until the process is stopped (Ctrl-C); shared with `sitrep demo --serve`. */
  static void serveUntilStopped(ServerConfig config, Store db, ArticleProcessor processor) throws InterruptedException {
    try (SitrepServer server = SitrepServer.start(config, db, processor)) {
      System.err.println("sitrep: serving " + db.path() + " at http://localhost:" + server.port() + "/ (reads "
          + (config.protectReads() ? "need" : "open, writes need") + " the token"
          + (config.token() == null ? "; no token set, so writes are refused)" : ")") + "; Ctrl-C stops");
      CountDownLatch stopped = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
      stopped.await();
    }
  }

  /** The standard pipeline, built on the first POST: loading CoreNLP takes a while and reads need none of it. */
  private static final class LazyPipeline implements ArticleProcessor {
    private volatile Pipeline pipeline;

    @Override
    public ArticleResult process(Article article) {
      return pipeline().process(article);
    }

    private Pipeline pipeline() {
      Pipeline p = pipeline;
      if (p == null) {
        synchronized (this) {
          if (pipeline == null) {
            pipeline = StandardPipeline.create(true);
          }
          p = pipeline;
        }
      }
      return p;
    }
  }
}
