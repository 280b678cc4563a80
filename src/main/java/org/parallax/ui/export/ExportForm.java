package org.parallax.ui.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.parallax.export.ExportOptions;
import org.parallax.export.ExportOptions.CsvRows;
import org.parallax.export.Exporter;
import org.parallax.model.Comparison;
import org.parallax.model.DocumentMetadata;
import org.parallax.model.Side;
import org.parallax.tagging.ComparisonNames;
import org.parallax.ui.Messages;
import org.parallax.ui.support.ExportSettings;

/**
 * The export dialog's choices, without nodes: the format (any the registry offers), reading order,
 * suggestions, the CSV options, the file to write and whether to open it. The file's extension
 * follows the format as the reader switches formats.
 */
public final class ExportForm {
  /** The formats whose rows the reader can choose (links, terms or both) and that take a BOM. */
  private static final Set<String> ROW_CHOICE = Set.of("csv");

  private final Comparison comparison;
  private final List<Exporter> formats;
  private final Path folder;
  private final Path comparisonFile;
  private final ObjectProperty<Exporter> format = new SimpleObjectProperty<>(this, "format");
  private final ObjectProperty<Side> order = new SimpleObjectProperty<>(this, "order", Side.A);
  private final BooleanProperty includeSuggestions = new SimpleBooleanProperty(this, "suggestions");
  private final ObjectProperty<CsvRows> csvRows =
      new SimpleObjectProperty<>(this, "csvRows", CsvRows.ALL);
  private final BooleanProperty byteOrderMark = new SimpleBooleanProperty(this, "bom");
  private final StringProperty target = new SimpleStringProperty(this, "target", "");
  private final BooleanProperty openWhenDone = new SimpleBooleanProperty(this, "open");
  private final BooleanBinding rowChoiceShown;
  private final StringBinding problem;

  /**
   * @param formats the formats offered, in order
   * @param remembered the choices of the last export
   * @param fallbackFolder where to write when no export was made yet (or its folder is gone)
   * @param comparisonFile the comparison's own file, which an export must not replace; or null
   */
  public ExportForm(
      Comparison comparison,
      List<Exporter> formats,
      ExportSettings remembered,
      Path fallbackFolder,
      Path comparisonFile) {
    this.comparison = comparison;
    this.comparisonFile = comparisonFile;
    this.formats = List.copyOf(formats);
    Path last = remembered.folder().isEmpty() ? null : Path.of(remembered.folder());
    this.folder = last != null && last.toFile().isDirectory() ? last : fallbackFolder;
    format.set(
        formats.stream()
            .filter(f -> f.id().equals(remembered.format()))
            .findFirst()
            .orElse(formats.get(0)));
    openWhenDone.set(remembered.openWhenDone());
    target.set(folder.resolve(baseName(comparison) + "." + format.get().extension()).toString());
    format.addListener((obs, old, now) -> followExtension(old, now));
    rowChoiceShown =
        Bindings.createBooleanBinding(
            () -> format.get() != null && ROW_CHOICE.contains(format.get().id()), format);
    problem = Bindings.createStringBinding(() -> problemWith(target.get()), target);
  }

  /** The file name a comparison's title suggests, without an extension. */
  static String baseName(Comparison comparison) {
    String name = ComparisonNames.fileName(ComparisonNames.titleOf(comparison));
    return name.substring(0, name.length() - ComparisonNames.EXTENSION.length());
  }

  /** Swaps the target's extension for the new format's, when it is the old format's or none. */
  private void followExtension(Exporter old, Exporter now) {
    if (now == null) {
      return;
    }
    String text = target.get().strip();
    int slash = Math.max(text.lastIndexOf('/'), text.lastIndexOf('\\'));
    String name = text.substring(slash + 1);
    if (name.isEmpty()) {
      return;
    }
    int dot = name.lastIndexOf('.');
    String stem = text.substring(0, slash + 1 + (dot > 0 ? dot : name.length()));
    boolean oldExtension =
        dot > 0
            && old != null
            && name.substring(dot + 1).toLowerCase(Locale.ROOT).equals(old.extension());
    if (dot <= 0 || oldExtension) {
      target.set(stem + "." + now.extension());
    }
  }

  /** Takes a file chosen in the file chooser, adding the format's extension if it has none. */
  public void choose(Path file) {
    String name = file.getFileName().toString();
    target.set(
        name.lastIndexOf('.') > 0
            ? file.toString()
            : file.resolveSibling(name + "." + format.get().extension()).toString());
  }

  private String problemWith(String typed) {
    if (typed.isBlank()) {
      return Messages.get("export.noTarget");
    }
    try {
      Path path = Path.of(typed.strip());
      if (path.getFileName() == null) {
        return Messages.get("export.noTarget");
      }
      return isComparisonFile(targetPath()) ? Messages.get("export.ownFile") : "";
    } catch (InvalidPathException e) {
      return Messages.get("export.badTarget", typed.strip());
    }
  }

  private boolean isComparisonFile(Path target) {
    if (comparisonFile == null) {
      return false;
    }
    try {
      return Files.exists(target) && Files.exists(comparisonFile)
          ? Files.isSameFile(target, comparisonFile)
          : target.normalize().equals(comparisonFile.toAbsolutePath().normalize());
    } catch (IOException e) {
      return false;
    }
  }

  /** The file to write as it stands: a relative name is taken in the export folder. */
  public Path targetPath() {
    Path typed = Path.of(target.get().strip());
    return typed.isAbsolute() ? typed : folder.resolve(typed).toAbsolutePath();
  }

  /** What the reader chose, to export at {@code now}; call only while {@link #problem} is empty. */
  public ExportRequest request(Instant now) {
    ExportOptions options =
        new ExportOptions(
            order.get(),
            includeSuggestions.get(),
            now,
            rowChoiceShown.get() ? csvRows.get() : CsvRows.ALL,
            rowChoiceShown.get() && byteOrderMark.get());
    return new ExportRequest(format.get(), options, targetPath(), openWhenDone.get());
  }

  /** How the reading order of {@code side} is named: its essay's perspective, else its title. */
  public String orderName(Side side) {
    DocumentMetadata meta = comparison.document(side).metadata();
    if (!meta.perspective().isBlank()) {
      return meta.perspective().strip();
    }
    if (!meta.title().isBlank()) {
      return meta.title().strip();
    }
    return side == Side.A ? Messages.get("export.leftEssay") : Messages.get("export.rightEssay");
  }

  public List<Exporter> formats() {
    return formats;
  }

  public ObjectProperty<Exporter> formatProperty() {
    return format;
  }

  public ObjectProperty<Side> orderProperty() {
    return order;
  }

  public BooleanProperty includeSuggestionsProperty() {
    return includeSuggestions;
  }

  public ObjectProperty<CsvRows> csvRowsProperty() {
    return csvRows;
  }

  public BooleanProperty byteOrderMarkProperty() {
    return byteOrderMark;
  }

  /** The file to write, as the reader typed or chose it. */
  public StringProperty targetProperty() {
    return target;
  }

  public BooleanProperty openWhenDoneProperty() {
    return openWhenDone;
  }

  /** Whether the format takes the CSV options (which rows, byte order mark). */
  public BooleanBinding rowChoiceShownProperty() {
    return rowChoiceShown;
  }

  /** Why the export cannot start yet (no file named), or empty. */
  public StringBinding problemProperty() {
    return problem;
  }
}
