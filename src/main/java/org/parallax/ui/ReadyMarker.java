package org.parallax.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import org.parallax.model.Side;

/**
 * Tells a script that starts the window (the check of the installed app image, {@code
 * src/package/check-image.sh}) that both essays are on screen: with {@code
 * -Dparallax.readyFile=FILE} the window writes the two essays' titles to FILE once both sides hold
 * one. Without the property nothing is watched or written.
 */
final class ReadyMarker {
  static final String PROPERTY = "parallax.readyFile";

  private ReadyMarker() {}

  /** Writes the titles to the file {@link #PROPERTY} names, if any, once both sides are loaded. */
  static void watch(MainViewModel viewModel) {
    String file = System.getProperty(PROPERTY, "");
    if (!file.isBlank()) {
      watch(viewModel, Path.of(file));
    }
  }

  static void watch(MainViewModel viewModel, Path file) {
    if (viewModel.bothLoadedProperty().get()) {
      write(viewModel, file);
      return;
    }
    ChangeListener<Boolean> once =
        new ChangeListener<>() {
          @Override
          public void changed(ObservableValue<? extends Boolean> loaded, Boolean was, Boolean now) {
            if (now) {
              loaded.removeListener(this);
              write(viewModel, file);
            }
          }
        };
    viewModel.bothLoadedProperty().addListener(once);
  }

  private static void write(MainViewModel viewModel, Path file) {
    List<String> lines =
        List.of("left: " + title(viewModel, Side.A), "right: " + title(viewModel, Side.B));
    try {
      Files.write(file, lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      System.err.println("parallax: could not write the ready marker " + file + ": " + e);
    }
  }

  private static String title(MainViewModel viewModel, Side side) {
    return viewModel.side(side).document().metadata().title();
  }
}
