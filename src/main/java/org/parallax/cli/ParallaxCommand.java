package org.parallax.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command; each capability is a subcommand. */
@Command(
    name = "parallax",
    mixinStandardHelpOptions = true,
    version = ParallaxCommand.VERSION,
    description = "Read two perspectives on one event side by side, aligned claim by claim.",
    subcommands = {CommandLine.HelpCommand.class, AlignCommand.class, ValidateCommand.class})
public final class ParallaxCommand implements Runnable {
  /** What {@code --version} prints, for every command. */
  static final String VERSION = "Parallax 0.1.0";

  /**
   * Exit code when the work could not be done although the input was fine (out of memory, output
   * that could not be written).
   */
  static final int FAILED = 1;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Whether {@code word} names a subcommand (or help). */
  public static boolean isCommand(String word) {
    return new CommandLine(new ParallaxCommand()).getSubcommands().containsKey(word);
  }

  /** The subcommands' names, for messages. */
  public static List<String> commands() {
    return new CommandLine(new ParallaxCommand())
        .getSubcommands().keySet().stream().filter(name -> !name.equals("help")).toList();
  }

  /**
   * Runs the command line and returns the exit code. Output is UTF-8 whatever the system's locale,
   * so JSON read by other programs keeps every character.
   */
  public static int run(String... args) {
    Thread.setDefaultUncaughtExceptionHandler(quietOutOfMemory(System.err));
    return run(utf8(FileDescriptor.out), utf8(FileDescriptor.err), args);
  }

  /**
   * What a thread other than the command's does with an error nobody caught. A worker of the
   * parallel aligner that runs out of memory between tasks stays quiet: the command's own thread
   * runs out too and says so in one line, which a Java stack trace from the worker would only bury.
   * Anything else is printed as Java would.
   */
  static Thread.UncaughtExceptionHandler quietOutOfMemory(PrintStream err) {
    return (thread, e) -> {
      if (e instanceof OutOfMemoryError) {
        return;
      }
      err.print("Exception in thread \"" + thread.getName() + "\" ");
      e.printStackTrace(err);
    };
  }

  /**
   * Runs the command line with the given streams (tests pass their own) and returns the exit code.
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = new CommandLine(new ParallaxCommand());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(new HumanErrorHandler());
    commandLine.setParameterExceptionHandler(HumanErrorHandler::usageError);
    try {
      int code = commandLine.execute(args);
      if (out.checkError()) {
        err.println("parallax: the output could not be written (disk full or closed?).");
        err.flush();
        return FAILED;
      }
      return code;
    } catch (OutOfMemoryError e) {
      err.println(
          "parallax: ran out of memory; give Java more with -Xmx (for example java -Xmx2g -jar"
              + " parallax.jar …) or use shorter texts");
      err.flush();
      return FAILED;
    }
  }

  private static PrintWriter utf8(FileDescriptor stream) {
    return new PrintWriter(
        new OutputStreamWriter(new FileOutputStream(stream), StandardCharsets.UTF_8), true);
  }
}
