package org.parallax.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parallax.framing.DistinctiveTerms;
import org.parallax.framing.Term;
import org.parallax.model.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parallax terms A B}: imports and cleans two essays exactly as {@code align} does and
 * prints the words and phrases each prefers, with z-scores and counts (org.parallax.framing).
 */
@Command(
    name = "terms",
    mixinStandardHelpOptions = true,
    version = ParallaxCommand.VERSION,
    description =
        "List the words and phrases each of two essays uses that the other avoids, with the"
            + " z-score of their weighted log-odds ratio and their counts on each side.")
final class TermsCommand implements Callable<Integer> {
  static final int DEFAULT_TOP = 30;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin EssayPair essays = new EssayPair();

  @Option(names = "--json", description = "print one JSON object instead of text")
  boolean json;

  @Option(
      names = "--top",
      paramLabel = "N",
      description = "how many terms to list for each side (default " + DEFAULT_TOP + ")")
  int top = DEFAULT_TOP;

  @Override
  public Integer call() throws Exception {
    if (top < 1) {
      throw new IllegalArgumentException("--top must be 1 or more.");
    }
    Document[] essayPair = essays.read();
    Document a = essayPair[0];
    Document b = essayPair[1];
    DistinctiveTerms.Result result = DistinctiveTerms.standard().between(a.text(), b.text(), top);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> root = new LinkedHashMap<>();
      root.put("a", json(result.a()));
      root.put("b", json(result.b()));
      out.println(
          new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
    } else {
      printSide(out, "A", a, result.a());
      out.println();
      printSide(out, "B", b, result.b());
    }
    out.flush();
    return 0;
  }

  private static List<Map<String, Object>> json(List<Term> terms) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (Term t : terms) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("term", t.term());
      m.put("z", Math.round(t.z() * 100) / 100.0);
      m.put("countA", t.countA());
      m.put("countB", t.countB());
      list.add(m);
    }
    return list;
  }

  private static void printSide(PrintWriter out, String side, Document doc, List<Term> terms) {
    out.println(
        side
            + ": "
            + Printable.of(doc.metadata().title())
            + " ("
            + terms.size()
            + (terms.size() == 1 ? " distinctive term)" : " distinctive terms)"));
    if (terms.isEmpty()) {
      return;
    }
    int width = "term".length();
    for (Term t : terms) {
      width = Math.max(width, Printable.of(t.term()).length());
    }
    String row = "  %-" + width + "s  %6s  %5s  %5s%n";
    out.printf(Locale.ROOT, row, "term", "z", "in A", "in B");
    for (Term t : terms) {
      out.printf(
          Locale.ROOT,
          row,
          Printable.of(t.term()),
          String.format(Locale.ROOT, "%.2f", t.z()),
          t.countA(),
          t.countB());
    }
  }
}
