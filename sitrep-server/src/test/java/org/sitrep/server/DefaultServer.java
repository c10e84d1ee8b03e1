package org.sitrep.server;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** One real server per test class, on port 0, over the test store, open reads, the default body limit. */
abstract class DefaultServer {
  @TempDir static Path dir;
  static TestServer t;

  @BeforeAll
  static void start() {
    t = new TestServer(dir, TestServer.config(false, ServerConfig.DEFAULT_MAX_BODY));
  }

  @AfterAll
  static void stop() {
    t.close();
  }
}
