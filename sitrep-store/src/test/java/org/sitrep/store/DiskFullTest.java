package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store that runs out of space mid-ingest: the child's file-size limit is lowered with util-linux
 * {@code prlimit} once DuckDB is loaded, so the next write past it fails as a full disk does
 * (EFBIG; the JVM ignores SIGXFSZ). The run must stop with one clear SR301 line, every article
 * stored before must be whole, and a run with space again must finish the job.
 */
class DiskFullTest {
  private static final int ARTICLES = 400;
  private static final long FILE_LIMIT_BYTES = 256 * 1024;
  @TempDir Path dir;

  @Test
  void fullDiskStopsTheRunWithAClearErrorAndLosesNothing() throws Exception {
    assumeTrue(prlimitWorks(), "needs util-linux prlimit");
    Path input = ChildJvm.corpus(dir, "d", ARTICLES, 5);
    Path db = dir.resolve("full.duckdb");
    Process child = start(db, input);
    BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    assertEquals("open", out.readLine());
    Process limit = new ProcessBuilder("prlimit", "--pid", Long.toString(child.pid()), "--fsize=" + FILE_LIMIT_BYTES).start();
    assertEquals(0, limit.waitFor(), "prlimit failed");
    try (OutputStream in = child.getOutputStream()) {
      in.write("go\n".getBytes(StandardCharsets.UTF_8));
    }
    String said = out.lines().collect(Collectors.joining("\n"));
    assertTrue(child.waitFor(60, TimeUnit.SECONDS));
    assertEquals(2, child.exitValue(), said);
    assertTrue(said.startsWith("SR301 cannot write to the store") && said.contains("File too large"), said);
    long before;
    try (Store store = Store.openReadOnly(db)) {
      before = store.count("articles");
      assertTrue(before > 0 && before < ARTICLES, "stopped part way: " + before);
      CrashSafetyTest.assertEveryArticleHasAllItsEvents(store);
    }
    Process again = start(db, input);
    again.getOutputStream().close();
    assertEquals(0, again.waitFor(), "with space again the run finishes");
    try (Store store = Store.openReadOnly(db)) {
      assertEquals(ARTICLES, store.count("articles"));
      CrashSafetyTest.assertEveryArticleHasAllItsEvents(store);
    }
  }

  private Process start(Path db, Path input) throws IOException {
    return ChildJvm.of(dir, DiskFullChild.class, db.toString(), input.toString()).start();
  }

  private static boolean prlimitWorks() {
    try {
      return new ProcessBuilder("prlimit", "--pid", Long.toString(ProcessHandle.current().pid()), "--fsize")
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}
