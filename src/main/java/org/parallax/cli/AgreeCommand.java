package org.parallax.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parallax.agreement.AgreementReport;
import org.parallax.agreement.Annotator;
import org.parallax.agreement.KeyAgreement;
import org.parallax.agreement.Measures;
import org.parallax.agreement.Skipped;
import org.parallax.agreement.StudentComparison;
import org.parallax.model.Comparison;
import org.parallax.model.Side;
import org.parallax.store.ComparisonStore;
import org.parallax.store.StoreException;
import org.parallax.task.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parallax agree FILE… [--key FILE] [--json] [--consensus OUT]}: compares students'
 * comparison files of one essay pair and prints the agreement table (docs/classroom.md).
 */
@Command(
    name = "agree",
    mixinStandardHelpOptions = true,
    version = ParallaxCommand.VERSION,
    description = {
      "Compare students' comparison files of one essay pair: how far they agree with each other"
          + " and with a key, on the claims of the default segmentation.",
      "Prints Krippendorff's alpha, percent agreement and Cohen's kappa for each pair of"
          + " students, for whether each claim pair is linked and for its relation."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:every file was compared",
      "1:a file was left out (each named with the reason on standard error, and under"
          + " \"skipped\" with --json) and the rest were compared; or the consensus could not"
          + " be written",
      "2:nothing to compare (fewer than two students' files could be used) or a wrong option",
      "141:the reader of the output stopped early (| head); nothing is printed"
    })
final class AgreeCommand implements Callable<Integer> {
  /** Exit code when some file was left out but the rest were compared. */
  static final int SOME_SKIPPED = 1;

  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "the students' comparison files (.parallax.json) of the same two essays")
  List<Path> files;

  @Option(
      names = "--key",
      paramLabel = "FILE",
      description = "the teacher's comparison file: each student's agreement with it is shown")
  Path key;

  @Option(names = "--json", description = "print one JSON object instead of the table")
  boolean json;

  @Option(
      names = "--consensus",
      paramLabel = "OUT",
      description =
          "also write what a majority of the students linked as a new comparison file"
              + " (.parallax.json); ties are left for the teacher in the window")
  Path consensus;

  @Override
  public Integer call() throws IOException {
    if (consensus != null && overwritesInput()) {
      throw new IllegalArgumentException(
          "--consensus "
              + Printable.of(consensus)
              + " would overwrite a file being compared; name another file.");
    }
    PrintWriter err = spec.commandLine().getErr();
    TerminalProgress progress = System.console() == null ? null : new TerminalProgress(err);
    StudentComparison compared;
    try {
      compared = StudentComparison.compare(files, key, progress == null ? Progress.NONE : progress);
    } finally {
      if (progress != null) {
        progress.done();
      }
    }
    for (Skipped skipped : compared.loaded().skipped()) {
      err.println("parallax: left out " + Printable.of(skipped.file() + ": " + skipped.reason()));
    }
    for (Annotator annotator : used(compared)) {
      for (String note : annotator.notes()) {
        err.println("note: " + Printable.of(annotator.file() + ": " + note));
      }
    }
    err.flush();
    if (!compared.usable()) {
      int usable = compared.loaded().students().size();
      err.println(
          "parallax: nothing to compare: "
              + (usable == 0 ? "no student's file" : "only one student's file")
              + " could be used; agreement needs two or more.");
      err.flush();
      return HumanErrorHandler.INPUT_ERROR;
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(
          new ObjectMapper()
              .enable(SerializationFeature.INDENT_OUTPUT)
              .writeValueAsString(json(compared.report())));
    } else {
      printTable(out, compared);
    }
    out.flush();
    if (consensus != null && !writeConsensus(compared, json ? err : out)) {
      return ParallaxCommand.FAILED;
    }
    return compared.loaded().skipped().isEmpty() ? 0 : SOME_SKIPPED;
  }

  private static List<Annotator> used(StudentComparison compared) {
    List<Annotator> all = new ArrayList<>();
    if (compared.loaded().key() != null) {
      all.add(compared.loaded().key());
    }
    all.addAll(compared.loaded().students());
    return all;
  }

  private boolean overwritesInput() {
    List<Path> inputs = new ArrayList<>(files);
    if (key != null) {
      inputs.add(key);
    }
    return inputs.stream().anyMatch(input -> sameFile(consensus, input));
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

  private boolean writeConsensus(StudentComparison compared, PrintWriter say) {
    Comparison made =
        compared.consensus().toComparison(compared.consensusTitle(), "", Instant.now());
    try {
      new ComparisonStore().save(made, consensus);
    } catch (StoreException e) {
      spec.commandLine().getErr().println("parallax: " + Printable.of(e.getMessage()));
      spec.commandLine().getErr().flush();
      return false;
    }
    int open = compared.consensus().open().size();
    say.println(
        "Wrote the consensus to "
            + Printable.of(consensus)
            + ": "
            + made.links().size()
            + (made.links().size() == 1 ? " link" : " links")
            + "; "
            + open
            + (open == 1 ? " claim pair" : " claim pairs")
            + " left for the teacher to settle in the window.");
    say.flush();
    return true;
  }

  /** The report in the shape of issue 13: units, annotators, linked, relation, key, skipped. */
  static Map<String, Object> json(AgreementReport report) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("units", report.units());
    root.put("annotators", report.annotators());
    root.put("linked", json(report.linked()));
    root.put("relation", json(report.relation()));
    Map<String, Object> key = new LinkedHashMap<>();
    report
        .key()
        .forEach(
            (name, agreement) -> {
              Map<String, Object> one = new LinkedHashMap<>();
              one.put("linked", agreement.linked());
              one.put("relation", agreement.relation());
              key.put(name, one);
            });
    root.put("key", key);
    List<Map<String, Object>> skipped = new ArrayList<>();
    for (Skipped s : report.skipped()) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("file", s.file().toString());
      one.put("reason", s.reason());
      skipped.add(one);
    }
    root.put("skipped", skipped);
    return root;
  }

  private static Map<String, Object> json(Measures measures) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("alpha", measures.alpha());
    m.put("percent", measures.percent());
    m.put("kappa", measures.kappa());
    return m;
  }

  private static void printTable(PrintWriter out, StudentComparison compared) {
    AgreementReport report = compared.report();
    out.println(
        report.annotators().size()
            + " students, "
            + report.units()
            + (report.units() == 1 ? " claim pair" : " claim pairs")
            + " linked by one or more (default segmentation: "
            + compared.units().side(Side.A).size()
            + " claims in A, "
            + compared.units().side(Side.B).size()
            + " in B)");
    out.println();
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"", "linked", "relation"});
    rows.add(
        new String[] {
          "claim pairs",
          String.valueOf(report.linked().items()),
          String.valueOf(report.relation().items())
        });
    rows.add(
        new String[] {
          "alpha (class)", number(report.linked().alpha()), number(report.relation().alpha())
        });
    rows.add(
        new String[] {
          "percent agreement",
          percent(report.linked().percent()),
          percent(report.relation().percent())
        });
    report
        .linked()
        .kappa()
        .forEach(
            (pair, kappa) ->
                rows.add(
                    new String[] {
                      "kappa " + Printable.of(pair.replace("|", " | ")),
                      number(kappa),
                      number(report.relation().kappa().get(pair))
                    }));
    if (report.keyFile() != null) {
      rows.add(new String[] {"", "", ""});
      rows.add(
          new String[] {
            "kappa with the key (" + Printable.of(report.keyFile().getFileName()) + ")", "", ""
          });
      for (Map.Entry<String, KeyAgreement> e : report.key().entrySet()) {
        rows.add(
            new String[] {
              "  " + Printable.of(e.getKey()),
              number(e.getValue().linked()),
              number(e.getValue().relation())
            });
      }
    }
    print(out, rows);
    if (rows.stream().anyMatch(r -> r[1].equals(NOT_DEFINED) || r[2].equals(NOT_DEFINED))) {
      out.println();
      out.println(
          NOT_DEFINED
              + ": not defined here (no claim pairs to compare, or every answer the same).");
    }
  }

  private static final String NOT_DEFINED = "n/a";

  /** Left-aligned labels, right-aligned figures, each column as wide as its widest cell. */
  private static void print(PrintWriter out, List<String[]> rows) {
    int[] width = new int[3];
    for (String[] row : rows) {
      boolean heading = row[1].isEmpty() && row[2].isEmpty();
      for (int i = 0; i < 3 && !heading; i++) {
        width[i] = Math.max(width[i], row[i].length());
      }
    }
    for (String[] row : rows) {
      if (row[1].isEmpty() && row[2].isEmpty()) {
        out.println(row[0].stripTrailing());
        continue;
      }
      out.println(
          String.format(
                  Locale.ROOT,
                  "%-" + width[0] + "s  %" + width[1] + "s  %" + width[2] + "s",
                  row[0],
                  row[1],
                  row[2])
              .stripTrailing());
    }
  }

  private static String number(Double value) {
    return value == null ? NOT_DEFINED : String.format(Locale.ROOT, "%.3f", value);
  }

  private static String percent(Double value) {
    return value == null ? NOT_DEFINED : String.format(Locale.ROOT, "%.1f%%", value * 100);
  }
}
