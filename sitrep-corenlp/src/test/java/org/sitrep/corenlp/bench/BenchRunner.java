package org.sitrep.corenlp.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sitrep.corenlp.BaselineAnnotator;
import org.sitrep.corenlp.CoreNlpAnnotator;
import org.sitrep.nlp.Annotator;

/**
 * Manual measurement, skipped unless -Dsitrep.bench=fast|filtered|baseline is given (one annotator
 * per JVM, so heap peaks do not mix). Prints numbers; asserts nothing about speed. Inputs: the seed
 * article plus the first -Dsitrep.bench.lgl=20 texts of the shared LGL dev set; thread counts from
 * -Dsitrep.bench.threads=1,2.
 */
class BenchRunner {
  private static final LocalDate SEED_PUBLISHED = LocalDate.of(2024, 12, 6);

  @Test
  void measure() throws IOException {
    String which = System.getProperty("sitrep.bench");
    String shared = System.getProperty("sitrep.shared");
    Assumptions.assumeTrue(which != null && shared != null, "benchmark not requested");
    int lgl = Integer.getInteger("sitrep.bench.lgl", 20);
    Annotator annotator = which.equals("baseline") ? new BaselineAnnotator() : new CoreNlpAnnotator();
    Predicate<String> filter = which.equals("filtered") ? new ConflictWordsPredicate() : s -> true;
    int[] threads = Arrays.stream(System.getProperty("sitrep.bench.threads", "1,2").split(","))
        .mapToInt(Integer::parseInt).toArray();
    BenchResult result = AnnotatorBench.run(annotator, inputs(Path.of(shared), lgl), filter, threads);
    System.out.println("BENCH " + which + " " + result.report());
  }

  private static List<BenchInput> inputs(Path shared, int lglCount) throws IOException {
    List<BenchInput> inputs = new ArrayList<>();
    inputs.add(new BenchInput(Files.readString(shared.resolve("seed/homs-arabnews-rewrite.txt")), SEED_PUBLISHED));
    ObjectMapper json = new ObjectMapper();
    Files.readAllLines(shared.resolve("data/lgl/dev.jsonl")).stream().limit(lglCount).forEach(line -> {
      try {
        JsonNode node = json.readTree(line);
        inputs.add(new BenchInput(node.path("text").asText(), SEED_PUBLISHED));
      } catch (IOException e) {
        throw new IllegalArgumentException("bad LGL line", e);
      }
    });
    return inputs;
  }
}
