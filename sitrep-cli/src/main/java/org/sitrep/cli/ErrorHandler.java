package org.sitrep.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Exceptions that escape a command. I/O problems (a closed pipe, a full disk) are the user's
 * environment: one line, exit 2. Anything else is a bug in sitrep: say so, with the trace, exit 1.
 */
final class ErrorHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
    if (e instanceof IOException || e instanceof UncheckedIOException) {
      cmd.getErr().println("sitrep: " + e.getMessage());
      return 2;
    }
    cmd.getErr().println("sitrep: internal error, please report it with this trace:");
    e.printStackTrace(cmd.getErr());
    return 1;
  }
}
