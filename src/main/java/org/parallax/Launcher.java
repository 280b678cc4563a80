package org.parallax;

import org.parallax.cli.ParallaxCommand;
import org.parallax.ui.ParallaxApp;

/**
 * Entry point of {@code java -jar parallax.jar}: with arguments it runs the command line, without
 * it opens the window. A class extending {@code Application} cannot be the main class of a plain
 * classpath launch, hence this separate launcher.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) {
    if (args.length > 0) {
      System.exit(ParallaxCommand.run(args));
    }
    ParallaxApp.main(args);
  }
}
