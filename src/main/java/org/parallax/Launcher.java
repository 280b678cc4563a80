package org.parallax;

import org.parallax.cli.ParallaxCommand;
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
    ParallaxApp.main(args);
  }

  /** A subcommand or an option means the command line; file names alone open the window. */
  static boolean isCommandLine(String[] args) {
    return args.length > 0 && (args[0].startsWith("-") || ParallaxCommand.isCommand(args[0]));
  }
}
