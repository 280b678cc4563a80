package org.parallax.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command; each capability is a subcommand. */
@Command(
    name = "parallax",
    mixinStandardHelpOptions = true,
    version = "Parallax 0.1.0",
    description = "Read two perspectives on one event side by side, aligned claim by claim.",
    subcommands = {CommandLine.HelpCommand.class, AlignCommand.class, ValidateCommand.class})
public final class ParallaxCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Whether {@code word} names a subcommand (or help). */
  public static boolean isCommand(String word) {
    return new CommandLine(new ParallaxCommand()).getSubcommands().containsKey(word);
  }

  /** Runs the command line and returns the exit code. */
  public static int run(String... args) {
    return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
  }

  /**
   * Runs the command line with the given streams (tests pass their own) and returns the exit code.
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = new CommandLine(new ParallaxCommand());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(new HumanErrorHandler());
    return commandLine.execute(args);
  }
}
