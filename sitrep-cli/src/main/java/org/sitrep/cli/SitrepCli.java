package org.sitrep.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "sitrep", mixinStandardHelpOptions = true, version = "sitrep 0.1.0",
    description = "Conflict events from news articles: who did what to whom, where, when, how many.",
    subcommands = {ExtractCommand.class, CleanCommand.class, DemoCommand.class, BenchCommand.class, EvalCommand.class,
        GeoparseCommand.class, ControlCommand.class, ActorsCommand.class, IngestCommand.class, EventsCommand.class,
        SqlCommand.class, FailuresCommand.class, ClustersCommand.class, ServeCommand.class, GenerateCommand.class,
        GenerateQueryBench.class})
public final class SitrepCli implements Runnable {
  @Override
  public void run() {
    new CommandLine(this).usage(System.err);
  }

  public static void main(String[] args) {
    int code;
    try {
      code = commandLine().execute(args);
    } catch (OutOfMemoryError e) {
      System.err.println("sitrep: out of memory; give the JVM more heap, e.g. SITREP_JAVA_OPTS=-Xmx6g");
      code = 1;
    } catch (Error e) {
      // failed class initialisation (a missing bundled data file) and the like: a packaging bug
      System.err.println("sitrep: internal error, please report it with this trace:");
      e.printStackTrace();
      code = 1;
    }
    System.exit(code);
  }

  /** The command line with sitrep's error handling: user mistakes print one line, not a trace. */
  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new SitrepCli());
    cli.setExecutionExceptionHandler(new ErrorHandler());
    return cli;
  }
}
