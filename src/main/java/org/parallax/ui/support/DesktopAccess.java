package org.parallax.ui.support;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.input.Clipboard;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.parallax.ui.Messages;

/**
 * The window's ways out to the desktop: choosing a file and reading the clipboard. Tests replace
 * the file chooser, which no robot can drive.
 */
public interface DesktopAccess {

  /** Asks the reader for an essay file; empty when they cancel. */
  Optional<Path> chooseEssay(Window owner);

  /** What the clipboard holds: its HTML when a web page was copied, else its plain text. */
  default String clipboardText() {
    Clipboard clipboard = Clipboard.getSystemClipboard();
    if (clipboard.hasHtml()) {
      return clipboard.getHtml();
    }
    return clipboard.hasString() ? clipboard.getString() : "";
  }

  /** The real desktop: a native file chooser. */
  static DesktopAccess system() {
    return new DesktopAccess() {
      private File lastFolder;

      @Override
      public Optional<Path> chooseEssay(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("action.open"));
        chooser
            .getExtensionFilters()
            .addAll(
                new FileChooser.ExtensionFilter(
                    Messages.get("file.filter.all"),
                    "*.txt",
                    "*.md",
                    "*.markdown",
                    "*.html",
                    "*.htm",
                    "*.pdf"),
                new FileChooser.ExtensionFilter(Messages.get("file.filter.any"), "*.*"));
        if (lastFolder != null && lastFolder.isDirectory()) {
          chooser.setInitialDirectory(lastFolder);
        }
        File file = chooser.showOpenDialog(owner);
        if (file == null) {
          return Optional.empty();
        }
        lastFolder = file.getParentFile();
        return Optional.of(file.toPath());
      }
    };
  }
}
