package org.parallax.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns any failure of a subcommand, or a wrong option, into one line on stderr and exit code 2.
 * Expected failures (bad input) carry a message written for people; anything else still gets a
 * short line.
 */
final class HumanErrorHandler implements IExecutionExceptionHandler {
  static final int INPUT_ERROR = 2;

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
    String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
    cmd.getErr().println("parallax: " + Printable.of(message));
    cmd.getErr().flush();
    return INPUT_ERROR;
  }

  /** A wrong option or argument: one line, and where to read how it goes, instead of the usage. */
  static int usageError(CommandLine.ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    String message = ex.getMessage().strip();
    cmd.getErr()
        .println(
            "parallax: "
                + Printable.of(message)
                + (message.endsWith(".") ? "" : ".")
                + " See '"
                + cmd.getCommandSpec().qualifiedName()
                + " --help'.");
    cmd.getErr().flush();
    return INPUT_ERROR;
  }
}
