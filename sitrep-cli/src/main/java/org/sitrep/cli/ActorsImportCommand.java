package org.sitrep.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.actor.petrarch.ActorTsvWriter;
import org.sitrep.actor.petrarch.CameoKinds;
import org.sitrep.actor.petrarch.PetrarchDictionary;
import org.sitrep.actor.petrarch.PetrarchDictionaryReader;
import org.sitrep.actor.petrarch.PetrarchImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Convert an actor dictionary to sitrep's actors TSV (for `extract --actors`).",
        "Skipped lines go to stderr, each with its line number."})
final class ActorsImportCommand implements Callable<Integer> {
  enum Format { petrarch }

  @Option(names = "--format", required = true, description = "the input format: petrarch (PETRARCH/TABARI CAMEO actor dictionary)")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT.tsv", description = "where to write (default: stdout)")
  Path output;

  @Parameters(index = "0", paramLabel = "FILE", description = "the dictionary to import")
  Path file;

  @Override
  public Integer call() throws IOException {
    if (!Files.isReadable(file)) {
      ExtractionRun.progress(System.err, "cannot read " + file);
      return 1;
    }
    PetrarchDictionary dictionary = PetrarchDictionaryReader.read(file);
    String name = file.getFileName().toString();
    PetrarchImport.Result result = PetrarchImport.convert(dictionary, name, CameoKinds.standard());
    List<String> provenance = List.of("sitrep actors imported from the PETRARCH/CAMEO dictionary " + name
        + " by `sitrep actors import`; kinds from CAMEO codes via cameo-actor-kinds.tsv (CAMEO manual 1.1b3).",
        "Facts are those of the source dictionary; check them there.");
    if (output == null) {
      ActorTsvWriter.write(result.entries(), provenance, Console.stdout());
    } else {
      try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
        ActorTsvWriter.write(result.entries(), provenance, out);
      }
    }
    result.skipped().forEach(s -> ExtractionRun.progress(System.err, "skipped: " + s));
    ExtractionRun.progress(System.err, "imported " + result.entries().size() + " actor(s) from " + name + "; "
        + result.skipped().size() + " note(s) on skipped lines");
    return 0;
  }
}
