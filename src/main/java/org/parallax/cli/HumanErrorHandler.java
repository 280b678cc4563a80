package org.parallax.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns any failure of a subcommand into one line on stderr and exit code 2. Expected failures (bad
 * input) carry a message written for people; anything else still gets a short line.
 */
final class HumanErrorHandler implements IExecutionExceptionHandler {
  static final int INPUT_ERROR = 2;

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
    String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
    cmd.getErr().println("parallax: " + message);
    cmd.getErr().flush();
    return INPUT_ERROR;
  }
}
