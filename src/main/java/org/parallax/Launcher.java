package org.parallax;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.parallax.cli.ParallaxCommand;
import org.parallax.cli.Printable;
import org.parallax.ui.ParallaxApp;

/**
 * Entry point of {@code java -jar parallax.jar}: with a subcommand it runs the command line;
 * otherwise it opens the window, with any file names given opened in it. A class extending {@code
 * Application} cannot be the main class of a plain classpath launch, hence this separate launcher.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) {
    if (isCommandLine(args)) {
      System.exit(ParallaxCommand.run(args));
    }
    Optional<String> refusal = refusal(args);
    if (refusal.isPresent()) {
      System.err.println(refusal.get());
      System.exit(2);
    }
    try {
      ParallaxApp.main(args);
    } catch (RuntimeException e) {
      System.err.println(Printable.of(windowFailure(e)));
      System.exit(1);
    }
  }

  /**
   * One line on why the window could not start: no screen (the usual case on a server, "Unable to
   * open DISPLAY"), or whatever else stopped it, with its cause.
   */
  static String windowFailure(RuntimeException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (e instanceof UnsupportedOperationException && message.contains("DISPLAY")) {
      return "parallax: the window cannot open here ("
          + message
          + "); the command line works without a screen, see parallax --help";
    }
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return "parallax: the window could not start: "
        + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
  }

  /**
   * Why the window will not open for {@code args}: a word that is neither a command nor a file (a
   * mistyped command, most likely); empty when every word names a file.
   */
  static Optional<String> refusal(String[] args) {
    return Arrays.stream(args)
        .filter(a -> !isFile(a))
        .findFirst()
        .map(
            word ->
                "parallax: "
                    + Printable.of(word)
                    + " is neither a command ("
                    + String.join(", ", ParallaxCommand.commands())
                    + ") nor a file to open in the window; see parallax --help");
  }

  private static boolean isFile(String name) {
    try {
      return Files.isRegularFile(Path.of(name));
    } catch (InvalidPathException e) {
      return false;
    }
  }

  /** A subcommand or an option means the command line; file names alone open the window. */
  static boolean isCommandLine(String[] args) {
    return args.length > 0 && (args[0].startsWith("-") || ParallaxCommand.isCommand(args[0]));
  }
}
