package org.sitrep.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "actors", mixinStandardHelpOptions = true,
    description = "Work with actor dictionaries.", subcommands = {ActorsImportCommand.class})
final class ActorsCommand implements Runnable {
  @Override
  public void run() {
    new CommandLine(this).usage(System.err);
  }
}
