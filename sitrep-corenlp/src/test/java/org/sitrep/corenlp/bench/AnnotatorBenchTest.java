package org.sitrep.corenlp.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Sentence;
import org.sitrep.nlp.Annotator;

/** The harness with a model-free annotator: counts, passes and failure handling. */
class AnnotatorBenchTest {
  /** One sentence per line; parsed when the predicate accepts it; "boom" makes it throw. */
  private static final class LineAnnotator implements Annotator {
    @Override
    public List<Sentence> annotate(String text, LocalDate published, Predicate<String> needsParse) {
      if (text.contains("boom")) {
        throw new IllegalStateException("boom");
      }
      List<Sentence> out = new ArrayList<>();
      int start = 0;
      for (String line : text.split("\n", -1)) {
        out.add(new Sentence(out.size(), start, start + line.length(), line, List.of(), List.of(),
            needsParse.test(line)));
        start += line.length() + 1;
      }
      return out;
    }

    @Override
    public String name() {
      return "lines";
    }
  }

  @Test
  void countsSentencesParsedSentencesAndFailures() {
    LocalDate date = LocalDate.of(2024, 12, 6);
    List<BenchInput> inputs = List.of(new BenchInput("a kill\nb\nc", date),
        new BenchInput("kill\nd", null), new BenchInput("boom", date));
    BenchResult result = AnnotatorBench.run(new LineAnnotator(), inputs, s -> s.contains("kill"), 1, 2, 0);

    assertEquals("lines", result.annotator());
    assertEquals(3, result.articles());
    assertEquals(5, result.sentences());
    assertEquals(2, result.parsedSentences());
    assertEquals(1, result.failures());
    assertEquals(List.of(1, 2, 1), result.runs().stream().map(ThreadRun::threads).toList());
    for (ThreadRun run : result.runs()) {
      assertTrue(run.seconds() > 0 && run.peakHeapBytes() > 0 && run.liveHeapBytes() > 0, run.toString());
      assertEquals(run.sentencesPerSecond() * 2 / 5, run.parsedSentencesPerSecond(), 1e-6);
    }
    assertTrue(result.report().contains("2 thread(s)"), result.report());
  }
}
