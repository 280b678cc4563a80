package org.parallax.ui.support;

import java.awt.Desktop;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.scene.input.Clipboard;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.parallax.ui.Messages;

/**
 * The window's ways out to the desktop: choosing files, opening a written file in the desktop's
 * viewer and reading the clipboard. Tests replace the file choosers, which no robot can drive.
 */
public interface DesktopAccess {

  /** Asks for an essay or a comparison file to open; empty when the reader cancels. */
  Optional<Path> chooseFileToOpen(Window owner);

  /**
   * Asks for a new version of one side's essay, titled {@code title}, offering essay formats only
   * (a comparison file is no essay); empty when the reader cancels.
   */
  default Optional<Path> chooseEssayToReimport(Window owner, String title) {
    return chooseFileToOpen(owner);
  }

  /**
   * Asks for several comparison files to compare, titled {@code title}; empty when the reader
   * cancels. Desktops without a multi-file chooser ask for one file.
   */
  default List<Path> chooseComparisons(Window owner, String title) {
    return chooseFileToOpen(owner).map(List::of).orElse(List.of());
  }

  /** Asks for a lexicon file to import (tab-separated names); empty when the reader cancels. */
  default Optional<Path> chooseLexiconToImport(Window owner) {
    return Optional.empty();
  }

  /**
   * Asks where to export a lexicon, suggesting {@code suggestion}'s name; empty when the reader
   * cancels.
   */
  default Optional<Path> chooseLexiconTarget(Window owner, Path suggestion) {
    return Optional.empty();
  }

  /** The essay formats Parallax reads, for choosers that want an essay. */
  List<String> ESSAY_PATTERNS = List.of("*.txt", "*.md", "*.markdown", "*.html", "*.htm", "*.pdf");

  /**
   * Asks where to save a comparison, suggesting {@code suggestion}: its name, and its folder when
   * it has one (the folder of the file on screen); empty when the reader cancels.
   */
  Optional<Path> chooseSaveTarget(Window owner, Path suggestion);

  /**
   * Asks where to save a picture (a chart) as PNG, suggesting {@code suggestion}'s name; empty when
   * the reader cancels.
   */
  default Optional<Path> chooseImageTarget(Window owner, Path suggestion) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(Messages.get("summary.save.title"));
    chooser.setInitialFileName(suggestion.getFileName().toString());
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG", "*.png"));
    return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
  }

  /**
   * Asks where to write an export, starting in {@code suggestion}'s folder with its name and
   * offering files ending in {@code extension} (without the dot), described as {@code formatName};
   * empty when the reader cancels.
   */
  default Optional<Path> chooseExportTarget(
      Window owner, Path suggestion, String formatName, String extension) {
    return Optional.empty();
  }

  /**
   * Opens {@code file} in the program the desktop uses for its kind (a browser for a handout, a
   * spreadsheet for CSV). Called off the FX thread: some desktops take a while.
   *
   * @throws IOException when the desktop cannot open it (no desktop, no program for the kind)
   */
  default void openInViewer(Path file) throws IOException {
    throw new IOException("no desktop to open files with");
  }

  /** What the clipboard holds: its HTML when a web page was copied, else its plain text. */
  default String clipboardText() {
    Clipboard clipboard = Clipboard.getSystemClipboard();
    if (clipboard.hasHtml()) {
      return clipboard.getHtml();
    }
    return clipboard.hasString() ? clipboard.getString() : "";
  }

  /** The real desktop: native file choosers that remember the last folder. */
  static DesktopAccess system() {
    return new DesktopAccess() {
      private File lastFolder;

      @Override
      public Optional<Path> chooseFileToOpen(Window owner) {
        FileChooser chooser = chooser(Messages.get("action.open"));
        chooser
            .getExtensionFilters()
            .addAll(
                new FileChooser.ExtensionFilter(
                    Messages.get("file.filter.all"),
                    Stream.concat(ESSAY_PATTERNS.stream(), Stream.of("*.json")).toList()),
                new FileChooser.ExtensionFilter(Messages.get("file.filter.any"), "*.*"));
        return remember(chooser.showOpenDialog(owner));
      }

      @Override
      public Optional<Path> chooseEssayToReimport(Window owner, String title) {
        FileChooser chooser = chooser(title);
        chooser
            .getExtensionFilters()
            .addAll(
                new FileChooser.ExtensionFilter(Messages.get("file.filter.essays"), ESSAY_PATTERNS),
                new FileChooser.ExtensionFilter(Messages.get("file.filter.any"), "*.*"));
        return remember(chooser.showOpenDialog(owner));
      }

      @Override
      public List<Path> chooseComparisons(Window owner, String title) {
        FileChooser chooser = chooser(title);
        chooser
            .getExtensionFilters()
            .addAll(
                new FileChooser.ExtensionFilter(
                    Messages.get("file.filter.comparison"), "*.parallax.json"),
                new FileChooser.ExtensionFilter(Messages.get("file.filter.any"), "*.*"));
        List<File> chosen = chooser.showOpenMultipleDialog(owner);
        if (chosen == null || chosen.isEmpty()) {
          return List.of();
        }
        remember(chosen.get(0));
        return chosen.stream().map(File::toPath).toList();
      }

      @Override
      public Optional<Path> chooseSaveTarget(Window owner, Path suggestion) {
        FileChooser chooser = chooser(Messages.get("action.saveAs"));
        chooser.setInitialFileName(suggestion.getFileName().toString());
        Path folder = suggestion.toAbsolutePath().getParent();
        if (suggestion.getParent() != null && folder != null && folder.toFile().isDirectory()) {
          chooser.setInitialDirectory(folder.toFile());
        }
        chooser
            .getExtensionFilters()
            .add(
                new FileChooser.ExtensionFilter(
                    Messages.get("file.filter.comparison"), "*.parallax.json"));
        return remember(chooser.showSaveDialog(owner));
      }

      @Override
      public Optional<Path> chooseExportTarget(
          Window owner, Path suggestion, String formatName, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("export.chooserTitle"));
        chooser.setInitialFileName(suggestion.getFileName().toString());
        Path folder = suggestion.toAbsolutePath().getParent();
        if (folder != null && folder.toFile().isDirectory()) {
          chooser.setInitialDirectory(folder.toFile());
        }
        chooser
            .getExtensionFilters()
            .addAll(
                new FileChooser.ExtensionFilter(
                    formatName + " (*." + extension + ")", "*." + extension),
                new FileChooser.ExtensionFilter(Messages.get("file.filter.any"), "*.*"));
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
      }

      @Override
      public Optional<Path> chooseLexiconToImport(Window owner) {
        FileChooser chooser = chooser(Messages.get("lexicon.import.title"));
        chooser.getExtensionFilters().addAll(lexiconFilters());
        return remember(chooser.showOpenDialog(owner));
      }

      @Override
      public Optional<Path> chooseLexiconTarget(Window owner, Path suggestion) {
        FileChooser chooser = chooser(Messages.get("lexicon.export.title"));
        chooser.setInitialFileName(suggestion.getFileName().toString());
        chooser.getExtensionFilters().addAll(lexiconFilters());
        return remember(chooser.showSaveDialog(owner));
      }

      private List<FileChooser.ExtensionFilter> lexiconFilters() {
        return List.of(
            new FileChooser.ExtensionFilter(Messages.get("file.filter.lexicon"), "*.tsv", "*.txt"),
            new FileChooser.ExtensionFilter(Messages.get("file.filter.any"), "*.*"));
      }

      @Override
      public void openInViewer(Path file) throws IOException {
        // AWT's Desktop is the JDK's one door to the desktop's file associations; JavaFX's
        // HostServices only knows browsers and cannot say when it failed.
        if (!Desktop.isDesktopSupported()
            || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
          throw new IOException("this desktop cannot open files for Java programs");
        }
        Desktop.getDesktop().open(file.toFile());
      }

      private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (lastFolder != null && lastFolder.isDirectory()) {
          chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
      }

      private Optional<Path> remember(File file) {
        if (file == null) {
          return Optional.empty();
        }
        lastFolder = file.getParentFile();
        return Optional.of(file.toPath());
      }
    };
  }
}
