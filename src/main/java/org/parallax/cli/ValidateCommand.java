package org.parallax.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parallax.store.ComparisonStore;
import org.parallax.store.LoadedComparison;
import org.parallax.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parallax validate FILE}: opens a comparison exactly as the app does and prints a one-line
 * summary on standard output (notes such as a migration go to standard error), or the reason it
 * cannot be opened (exit code 2).
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    version = ParallaxCommand.VERSION,
    description = "Check that a .parallax.json comparison file opens, and summarise it.")
public final class ValidateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "the comparison file to check")
  Path file;

  @Override
  public Integer call() {
    try {
      LoadedComparison loaded = new ComparisonStore().load(file);
      spec.commandLine()
          .getOut()
          .println(Printable.of(file.getFileName()) + ": " + Printable.of(loaded.summary()));
      spec.commandLine().getOut().flush();
      for (String notice : loaded.notices()) {
        spec.commandLine().getErr().println("note: " + Printable.of(notice));
      }
      spec.commandLine().getErr().flush();
      return 0;
    } catch (StoreException e) {
      return refuse(spec, file, e);
    }
  }

  /**
   * Says on stderr why {@code file} cannot be opened, naming it once, and returns the exit code for
   * bad input; every command that reads a comparison reports it so.
   */
  static int refuse(CommandSpec spec, Path file, StoreException e) {
    String message = e.getMessage();
    spec.commandLine()
        .getErr()
        .println(
            "parallax: "
                + Printable.of((message.contains(file.toString()) ? "" : file + ": ") + message));
    spec.commandLine().getErr().flush();
    return HumanErrorHandler.INPUT_ERROR;
  }
}
