package org.parallax.ui.file;

import java.nio.file.Path;
import java.util.Locale;
import org.parallax.model.Side;
import org.parallax.ui.MainViewModel;

/**
 * Opens whatever the reader chose or dropped: a comparison file replaces the whole comparison,
 * anything else is read as an essay for the given side.
 */
public final class Opener {
  private final MainViewModel main;
  private final FileViewModel files;

  public Opener(MainViewModel main, FileViewModel files) {
    this.main = main;
    this.files = files;
  }

  public void open(Side side, Path file) {
    if (isComparison(file)) {
      files.open(file);
    } else {
      main.openFile(side, file);
    }
  }

  /** Comparison files end in {@code .json} (normally {@code .parallax.json}). */
  public static boolean isComparison(Path file) {
    Path name = file.getFileName();
    return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".json");
  }
}
