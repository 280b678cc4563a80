package org.parallax.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parallax.export.ExportOptions;
import org.parallax.export.Exporter;
import org.parallax.export.Exporters;
import org.parallax.model.Side;
import org.parallax.store.ComparisonStore;
import org.parallax.store.LoadedComparison;
import org.parallax.store.OutputFile;
import org.parallax.store.StoreException;
import org.parallax.task.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code parallax export FILE --to FORMAT [-o OUT]}: opens a comparison exactly as {@code validate}
 * does and writes it in one of the export formats, to standard output or, atomically, to a file.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    version = ParallaxCommand.VERSION,
    description = "Write a comparison as a handout, a worksheet or a data format.")
final class ExportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "the comparison (.parallax.json)")
  Path file;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "FORMAT",
      converter = FormatConverter.class,
      description =
          "html (handout), pdf (the handout as PDF), worksheet, md (Markdown), csv, wa (W3C Web"
              + " Annotation JSON-LD), aif (Argument Interchange Format JSON) or qdc (REFI-QDA"
              + " codebook)")
  Exporter format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT",
      description =
          "the file to write (replaced whole or not at all); - or none: standard output (pdf"
              + " only when it is not a terminal)")
  String output;

  @Option(
      names = "--order",
      paramLabel = "a|b",
      converter = SideConverter.class,
      description = "rows in the reading order of side a (default) or b")
  Side order = Side.A;

  @Option(
      names = "--include",
      paramLabel = "suggestions",
      converter = IncludeConverter.class,
      description = "also show links and terms suggested but not confirmed yet")
  List<String> include = List.of();

  @Option(
      names = "--what",
      paramLabel = "links|terms|all",
      converter = RowsConverter.class,
      description = "csv only: one row per link, per term tag, or both (default)")
  ExportOptions.CsvRows what = ExportOptions.CsvRows.ALL;

  @Option(
      names = "--paper",
      paramLabel = "a4|letter",
      converter = PaperConverter.class,
      description = "pdf only: the page size (default a4)")
  ExportOptions.Paper paper = ExportOptions.Paper.A4;

  @Option(
      names = "--bom",
      description = "csv only: start with a byte order mark, for spreadsheet programs")
  boolean bom;

  @Override
  public Integer call() throws IOException {
    boolean toStdout = output == null || output.equals("-");
    Optional<OutputStream> bytesOut = ParallaxCommand.bytesOut();
    if (toStdout && !format.isText() && (System.console() != null || bytesOut.isEmpty())) {
      throw new ParameterException(
          spec.commandLine(),
          "--to "
              + format.id()
              + " is not text; name the file to write with -o, or send the output to a file or"
              + " a program");
    }
    Path target = toStdout ? null : Path.of(output);
    if (target != null && sameFile(target, file)) {
      throw new IllegalArgumentException(
          "-o "
              + Printable.of(target)
              + " would overwrite the comparison being exported; name another file.");
    }
    LoadedComparison loaded;
    try {
      loaded = new ComparisonStore().load(file);
    } catch (StoreException e) {
      return ValidateCommand.refuse(spec, file, e);
    }
    PrintWriter err = spec.commandLine().getErr();
    loaded.notices().forEach(notice -> err.println("note: " + Printable.of(notice)));
    err.flush();
    ExportOptions options =
        new ExportOptions(order, include.contains("suggestions"), Instant.now(), what, bom, paper);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TerminalProgress progress = System.console() == null ? null : new TerminalProgress(err);
    try {
      format.write(
          loaded.comparison(), options, bytes, progress == null ? Progress.NONE : progress);
    } finally {
      if (progress != null) {
        progress.done();
      }
    }
    if (toStdout && !format.isText()) {
      return writeBytes(bytesOut.orElseThrow(), bytes, err);
    }
    if (toStdout) {
      PrintWriter out = spec.commandLine().getOut();
      out.write(bytes.toString(StandardCharsets.UTF_8));
      out.flush();
      return 0;
    }
    try {
      OutputFile.write(target, bytes.toByteArray());
    } catch (StoreException e) {
      err.println("parallax: " + Printable.of(e.getMessage()));
      err.flush();
      return ParallaxCommand.FAILED;
    }
    spec.commandLine()
        .getOut()
        .println("Wrote " + Printable.of(target) + " (" + format.displayName() + ").");
    spec.commandLine().getOut().flush();
    return 0;
  }

  /**
   * Writes output that is not text to standard output, which is not a terminal; a reader that
   * stopped reading ends the run quietly, as for text.
   */
  private int writeBytes(OutputStream out, ByteArrayOutputStream bytes, PrintWriter err) {
    try {
      spec.commandLine().getOut().flush();
      bytes.writeTo(out);
      out.flush();
      return 0;
    } catch (IOException e) {
      if (WatchedOutput.isClosedPipe(e)) {
        return ParallaxCommand.READER_STOPPED;
      }
      err.println(
          "parallax: the output could not be written"
              + (e.getMessage() == null ? "." : ": " + Printable.of(e.getMessage())));
      err.flush();
      return ParallaxCommand.FAILED;
    }
  }

  private static boolean sameFile(Path x, Path y) {
    try {
      return Files.exists(x) && Files.exists(y)
          ? Files.isSameFile(x, y)
          : x.toAbsolutePath().normalize().equals(y.toAbsolutePath().normalize());
    } catch (IOException e) {
      return false;
    }
  }

  /** A format by its id, or a sentence naming the formats there are. */
  static final class FormatConverter implements ITypeConverter<Exporter> {
    @Override
    public Exporter convert(String value) {
      return Exporters.byId(value.toLowerCase(Locale.ROOT))
          .orElseThrow(
              () ->
                  new TypeConversionException(
                      "there is no format '"
                          + value
                          + "'; choose one of "
                          + String.join(", ", Exporters.ids())));
    }
  }

  /** {@code a} or {@code b}, in either case. */
  static final class SideConverter implements ITypeConverter<Side> {
    @Override
    public Side convert(String value) {
      return switch (value.toLowerCase(Locale.ROOT)) {
        case "a" -> Side.A;
        case "b" -> Side.B;
        default -> throw new TypeConversionException("'" + value + "' is not a side; use a or b");
      };
    }
  }

  /** What {@code --include} may add: suggestions. */
  static final class IncludeConverter implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      if (!value.equalsIgnoreCase("suggestions")) {
        throw new TypeConversionException(
            "'" + value + "' cannot be included; the one choice is suggestions");
      }
      return "suggestions";
    }
  }

  /** {@code a4} or {@code letter}, in either case. */
  static final class PaperConverter implements ITypeConverter<ExportOptions.Paper> {
    @Override
    public ExportOptions.Paper convert(String value) {
      try {
        return ExportOptions.Paper.valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("'" + value + "' is not a4 or letter");
      }
    }
  }

  /** {@code links}, {@code terms} or {@code all}. */
  static final class RowsConverter implements ITypeConverter<ExportOptions.CsvRows> {
    @Override
    public ExportOptions.CsvRows convert(String value) {
      try {
        return ExportOptions.CsvRows.valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("'" + value + "' is not links, terms or all");
      }
    }
  }
}
