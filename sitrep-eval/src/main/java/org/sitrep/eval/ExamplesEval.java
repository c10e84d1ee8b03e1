package org.sitrep.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sitrep.error.Failure;
import org.sitrep.export.EventJson;
import org.sitrep.export.JsonlRecords;

/**
 * {@code ExamplesEval <gold dir> <system.jsonl>}: scores sitrep's JSONL output against the gold
 * files and prints a markdown report. Exit status 0 on success, 2 on bad arguments or unreadable
 * system output.
 */
public final class ExamplesEval {
  private ExamplesEval() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length != 2) {
      err.println("usage: ExamplesEval <gold dir> <system.jsonl>");
      return 2;
    }
    GoldSet gold = new GoldReader().readDir(Path.of(args[0]));
    JsonlRecords system;
    try (Reader in = Files.newBufferedReader(Path.of(args[1]), StandardCharsets.UTF_8)) {
      system = new EventJson().read(in, args[1]);
    } catch (IOException e) {
      err.println("cannot read " + args[1] + ": " + e.getMessage());
      return 2;
    }
    List<String> problems = system.failures().stream().map(Failure::describe).toList();
    out.print(new MarkdownReport().render(new Scorer().score(gold, system.events(), problems)));
    return 0;
  }
}
