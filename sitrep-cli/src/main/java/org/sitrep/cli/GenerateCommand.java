package org.sitrep.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "generate", mixinStandardHelpOptions = true,
    description = {"Write a seeded synthetic JSONL corpus recombined from the examples, for scale tests.",
        "The same --count and --seed give the same file; a name ending .gz is gzipped."})
final class GenerateCommand implements Callable<Integer> {
  @Option(names = "--count", defaultValue = "1000", description = "articles to write (default: ${DEFAULT-VALUE})")
  long count;

  @Option(names = "--seed", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "JSONL file to write")
  Path output;

  @Option(names = "--examples", paramLabel = "DIR", description = "examples folder (default: examples under the sitrep home)")
  Path examples;

  @Override
  public Integer call() {
    GenerateSources sources = GenerateSources.load(examples != null ? examples : Home.path().resolve("examples"));
    sources.problems().forEach(p -> System.err.println("sitrep generate: skipped " + p));
    if (sources.conflict.isEmpty() || sources.filler.isEmpty()) {
      System.err.println("sitrep generate: no example texts found; give --examples DIR");
      return 2;
    }
    GenerateCorpus corpus = new GenerateCorpus(sources, GenerateVocabulary.load(), seed);
    try (Writer out = open(output)) {
      GenerateCorpus.Counts counts = corpus.write(count, out);
      System.err.printf("sitrep generate: %d articles to %s (%d originals, %d negatives, %d exact and %d near duplicates)"
          + " from %d conflict snippets and %d filler paragraphs%n", counts.total(), output, counts.originals(),
          counts.negatives(), counts.exactDuplicates(), counts.nearDuplicates(), sources.conflict.size(), sources.filler.size());
      return 0;
    } catch (IOException e) {
      System.err.println("sitrep generate: cannot write " + output + ": " + e.getMessage());
      return 2;
    }
  }

  private static Writer open(Path path) throws IOException {
    OutputStream out = Files.newOutputStream(path);
    if (path.toString().endsWith(".gz")) {
      out = new GZIPOutputStream(out, 1 << 16);
    }
    return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
  }
}
