package org.parallax.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command; each capability is a subcommand. */
@Command(
    name = "parallax",
    mixinStandardHelpOptions = true,
    version = ParallaxCommand.VERSION,
    description = "Read two perspectives on one event side by side, aligned claim by claim.",
    subcommands = {
      CommandLine.HelpCommand.class,
      AlignCommand.class,
      ValidateCommand.class,
      ExportCommand.class,
      AgreeCommand.class,
      TermsCommand.class
    })
public final class ParallaxCommand implements Runnable {
  /** What {@code --version} prints, for every command. */
  static final String VERSION = "Parallax 0.1.0";

  /** The help's last lines, for every command: how to open the window instead. */
  static final String WINDOW =
      "%nparallax FILE... (no command) opens the window with these essays or comparisons"
          + " (.parallax.json); parallax alone opens it with the bundled essay.";

  /** The exit codes, listed in every command's help. */
  private static final Map<String, String> EXIT_CODES = exitCodes();

  /**
   * Exit code when the work could not be done although the input was fine (out of memory, output
   * that could not be written).
   */
  static final int FAILED = 1;

  /**
   * Exit code when whoever read the output stopped early (a closed pipe, as {@code | head} does):
   * 128 + SIGPIPE, the status a shell reports for {@code cat} or {@code grep} in the same place, so
   * a script with {@code set -o pipefail} sees Parallax as it sees them. Nothing is printed.
   */
  static final int READER_STOPPED = 141;

  private static final ThreadLocal<OutputStream> BYTES_OUT = new ThreadLocal<>();

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
    return run(new FileOutputStream(FileDescriptor.out), utf8(FileDescriptor.err), args);
  }

  /**
   * Runs the command line writing its output to {@code out} (UTF-8) and returns the exit code: a
   * reader that closed {@code out} early ends the run quietly with {@link #READER_STOPPED}; any
   * other failure to write is named on {@code err} and fails.
   */
  public static int run(OutputStream out, PrintWriter err, String... args) {
    WatchedOutput watched = new WatchedOutput(out);
    PrintWriter writer =
        new PrintWriter(new OutputStreamWriter(watched, StandardCharsets.UTF_8), true);
    int code;
    BYTES_OUT.set(watched);
    try {
      code = execute(writer, err, args);
    } finally {
      BYTES_OUT.remove();
    }
    if (!writer.checkError()) {
      return code;
    }
    if (watched.readerStopped()) {
      return READER_STOPPED;
    }
    return writeFailed(err, watched.reason());
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
   * The byte stream under the output writer while {@link #run(OutputStream, PrintWriter,
   * String...)} runs a command, for output that is not text (a PDF); empty when the output is only
   * a writer.
   */
  static Optional<OutputStream> bytesOut() {
    return Optional.ofNullable(BYTES_OUT.get());
  }

  /**
   * Runs the command line with the given streams (tests pass their own) and returns the exit code.
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    int code = execute(out, err, args);
    return out.checkError() ? writeFailed(err, "") : code;
  }

  private static int writeFailed(PrintWriter err, String reason) {
    err.println(
        "parallax: the output could not be written" + (reason.isEmpty() ? "." : ": " + reason));
    err.flush();
    return FAILED;
  }

  private static Map<String, String> exitCodes() {
    Map<String, String> codes = new LinkedHashMap<>();
    codes.put("0", "the command did its work");
    codes.put(
        "1", "good input could not be handled (out of memory, output that could not be written)");
    codes.put(
        "2",
        "bad input or usage (unreadable file, not an essay, damaged comparison, wrong option)");
    codes.put("141", "the reader of the output stopped early (| head); nothing is printed");
    return codes;
  }

  /**
   * Gives this command and every subcommand but help the exit codes (unless the command lists its
   * own, as {@code agree} does) and the window line.
   */
  private static void describeEnding(CommandLine commandLine) {
    CommandLine.Model.UsageMessageSpec usage = commandLine.getCommandSpec().usageMessage();
    if (usage.exitCodeList().isEmpty()) {
      usage.exitCodeListHeading("%nExit status:%n").exitCodeList(EXIT_CODES);
    }
    usage.footer(WINDOW);
    commandLine
        .getSubcommands()
        .forEach(
            (name, sub) -> {
              if (!name.equals("help")) {
                describeEnding(sub);
              }
            });
  }

  private static int execute(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = new CommandLine(new ParallaxCommand());
    describeEnding(commandLine);
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(new HumanErrorHandler());
    commandLine.setParameterExceptionHandler(HumanErrorHandler::usageError);
    try {
      return commandLine.execute(args);
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
