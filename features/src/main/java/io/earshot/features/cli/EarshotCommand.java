package io.earshot.features.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code earshot} command line: run and check feature files, list the sentences, serve a
 * report, start the reference server.
 */
@Command(
    name = "earshot",
    mixinStandardHelpOptions = true,
    version = "earshot 0.1.0",
    description = "Automated call-quality tests for real-time voice.",
    subcommands = {
      RunCommand.class,
      CheckCommand.class,
      StepsCommand.class,
      ReportCommand.class,
      ServerCommand.class,
      BenchCommand.class,
      LoadCommand.class,
      MergeCommand.class,
      TokenCommand.class
    })
public final class EarshotCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "expected a command: run, check, steps, report, server, bench or token");
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new EarshotCommand()).execute(args));
  }
}
