package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.sitrep.clean.Cleaned;
import org.sitrep.clean.Cleaner;
import org.sitrep.error.ErrorCode;
import org.sitrep.error.Failure;
import org.sitrep.eval.events.CaseReader;
import org.sitrep.eval.events.EvalCase;
import org.sitrep.eval.events.SetScorer;
import org.sitrep.model.Article;
import org.sitrep.pipeline.BatchRunner;
import org.sitrep.pipeline.Pipeline;

/**
 * Streams one JSONL eval set through the pipeline: each record becomes an article (cleaned like any
 * text), results are scored as they come back and then dropped. Only records in flight are held.
 * Bad lines and failed records go to the run summary.
 */
final class EvalCaseRun<T extends EvalCase> {
  private final Path file;
  private final Function<JsonNode, T> parser;
  private final RunSummary summary;
  private final Map<String, T> inFlight = new ConcurrentHashMap<>();

  EvalCaseRun(Path file, Function<JsonNode, T> parser, RunSummary summary) {
    this.file = file;
    this.parser = parser;
    this.summary = summary;
  }

  /** Runs at most {@code limit} records (0: all); returns how many were scored. */
  int run(Pipeline pipeline, int threads, int limit, SetScorer<T> scorer) throws IOException {
    int[] scored = {0};
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      CaseReader<T> cases = new CaseReader<>(in, parser, this::badLine);
      new BatchRunner(pipeline, threads).run(new Articles(cases, limit), r -> {
        summary.processed(r.events().size(), r.relations().size());
        T gold = inFlight.remove(r.article().origin());
        if (gold != null) {
          scorer.score(gold, r.events());
          scored[0]++;
        }
      }, f -> {
        inFlight.remove(f.source());
        summary.failed(f);
      });
    }
    return scored[0];
  }

  private void badLine(int line, CaseReader.Problem problem, String message) {
    ErrorCode code = switch (problem) {
      case BROKEN_JSON -> ErrorCode.SR105;
      case BAD_DATE -> ErrorCode.SR110;
      case BAD_RECORD -> ErrorCode.SR106;
    };
    summary.failed(new Failure(file.toString(), line, code, message));
  }

  /** The records as articles; a record whose text cleans to nothing is a failure (SR103), not an article. */
  private final class Articles implements Iterator<Article> {
    private final CaseReader<T> cases;
    private final int limit;
    private int taken;
    private Article next;

    Articles(CaseReader<T> cases, int limit) {
      this.cases = cases;
      this.limit = limit;
    }

    @Override
    public boolean hasNext() {
      while (next == null && (limit <= 0 || taken < limit)) {
        CaseReader.Numbered<T> c = cases.next();
        if (c == null) {
          return false;
        }
        taken++;
        next = article(c);
      }
      return next != null;
    }

    @Override
    public Article next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Article a = next;
      next = null;
      return a;
    }

    private Article article(CaseReader.Numbered<T> c) {
      String origin = file + " line " + c.line();
      Cleaned cleaned = Cleaner.standard().cleanText(c.value().text());
      if (cleaned.hasNoBody()) {
        summary.failed(new Failure(file.toString(), c.line(), ErrorCode.SR103, "no text after cleaning"));
        return null;
      }
      inFlight.put(origin, c.value());
      return new Article(c.value().id(), null, cleaned.title(), c.value().published(), null, cleaned.text(), origin);
    }
  }
}
