package org.parallax.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parallax.align.Aligner;
import org.parallax.align.AlignmentResult;
import org.parallax.align.AlignmentSettings;
import org.parallax.align.CandidateTable;
import org.parallax.align.EquivalenceLexicon;
import org.parallax.align.MiniLmEmbedder;
import org.parallax.files.InputFile;
import org.parallax.files.RefusedFileException;
import org.parallax.model.Claim;
import org.parallax.model.Codebook;
import org.parallax.model.Comparison;
import org.parallax.model.Document;
import org.parallax.model.Link;
import org.parallax.model.Side;
import org.parallax.segment.Segmenter;
import org.parallax.store.ComparisonStore;
import org.parallax.store.EquivalenceFile;
import org.parallax.store.StoreException;
import org.parallax.tagging.ComparisonNames;
import org.parallax.task.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parallax align A B}: imports and cleans two essays exactly as the app does, splits them
 * into claims and prints the claims and the suggested links with scores and reasons.
 */
@Command(
    name = "align",
    mixinStandardHelpOptions = true,
    version = ParallaxCommand.VERSION,
    description = "Split two essays into claims and suggest which claims answer which.")
final class AlignCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin EssayPair essays = new EssayPair();

  @Option(names = "--json", description = "print one JSON object instead of text")
  boolean json;

  @Option(
      names = "--lexical-only",
      description = "do not use the meaning model; words, names and dates only")
  boolean lexicalOnly;

  @Option(
      names = "--lexicon",
      paramLabel = "FILE",
      description = "extra equivalent names, one referent a line, names separated by tabs or by =")
  Path lexicon;

  @Option(
      names = "--min-score",
      paramLabel = "S",
      description =
          "suggest only claim pairs scoring S or more, 0 to 1 (default "
              + AlignmentSettings.DEFAULT_MIN_SCORE
              + ", or "
              + AlignmentSettings.DEFAULT_LEXICAL_MIN_SCORE
              + " with --lexical-only); a link scores as its best pair")
  Double minScore;

  @Option(
      names = "--candidates",
      paramLabel = "K",
      description =
          "also give every claim's K best partners on the other side with their scores, suggested"
              + " or not, 1 to "
              + CandidateTable.DEPTH)
  Integer candidates;

  @Option(
      names = "--save",
      paramLabel = "FILE",
      description =
          "also write a comparison file (.parallax.json) with both essays, claims and links")
  Path save;

  @Override
  public Integer call() throws Exception {
    if (save != null && (sameFile(save, essays.fileA) || sameFile(save, essays.fileB))) {
      throw new IllegalArgumentException(
          "--save " + save + " would overwrite an essay being aligned; name another file.");
    }
    if (minScore != null && !(minScore >= 0 && minScore <= 1)) {
      throw new IllegalArgumentException("--min-score must lie between 0 and 1.");
    }
    if (candidates != null && (candidates < 1 || candidates > CandidateTable.DEPTH)) {
      throw new IllegalArgumentException(
          "--candidates must be a whole number from 1 to " + CandidateTable.DEPTH + ".");
    }
    EquivalenceLexicon names =
        lexicon == null ? EquivalenceLexicon.bundled() : withUserNames(lexicon);
    Document[] essayPair = essays.read();
    Document a = essayPair[0];
    Document b = essayPair[1];
    Segmenter segmenter = new Segmenter();
    List<Claim> claimsA = segmenter.segment(a, Side.A);
    List<Claim> claimsB = segmenter.segment(b, Side.B);
    AlignmentSettings settings = AlignmentSettings.defaults().withLexicalOnly(lexicalOnly);
    if (minScore != null) {
      settings = settings.withMinScore(minScore).withLexicalMinScore(minScore);
    }
    TerminalProgress progress =
        System.console() == null ? null : new TerminalProgress(spec.commandLine().getErr());
    AlignmentResult result;
    try {
      result =
          new Aligner(settings, MiniLmEmbedder.INSTANCE, names)
              .align(a, claimsA, b, claimsB, progress == null ? Progress.NONE : progress);
    } finally {
      if (progress != null) {
        progress.done();
      }
    }
    if (save != null) {
      saveComparison(a, claimsA, b, claimsB, result);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      printJson(out, a, claimsA, b, claimsB, result, candidates);
    } else {
      printText(out, a, claimsA, b, claimsB, result);
      if (candidates != null) {
        printCandidates(out, result.candidates(), candidates);
      }
      if (save != null) {
        out.println();
        out.println("Saved " + Printable.of(save) + ".");
      }
    }
    out.flush();
    return 0;
  }

  /**
   * The bundled lexicon with the user's list; a list that cannot be read stops the run, and lines
   * it ignores are named on stderr.
   */
  private EquivalenceLexicon withUserNames(Path file) {
    try {
      String text =
          EquivalenceFile.decodeStrictly(
              InputFile.read(
                  file, file.toString(), EquivalenceFile.MAX_BYTES, "lists of equivalent names"));
      EquivalenceLexicon names = EquivalenceLexicon.bundled().with(new StringReader(text));
      for (String problem : EquivalenceLexicon.problems(text)) {
        spec.commandLine().getErr().println(Printable.of("Note: " + file + ": " + problem));
      }
      spec.commandLine().getErr().flush();
      return names;
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(
          "The equivalence list " + file + " is not UTF-8 text; save it as UTF-8.");
    } catch (RefusedFileException e) {
      if (e.kind() == RefusedFileException.Kind.MISSING) {
        throw new IllegalArgumentException(
            "The equivalence list " + file + " could not be read (no such file).");
      }
      throw new IllegalArgumentException("The equivalence list was not read: " + e.getMessage());
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "The equivalence list " + file + " could not be read (" + e.getMessage() + ").");
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

  private static void printText(
      PrintWriter out,
      Document a,
      List<Claim> claimsA,
      Document b,
      List<Claim> claimsB,
      AlignmentResult result) {
    result.notices().forEach(n -> out.println("Note: " + Printable.of(n)));
    printClaims(out, "A", a, claimsA);
    printClaims(out, "B", b, claimsB);
    out.println("Suggested links (" + result.suggestions().size() + "):");
    for (Link link : result.suggestions()) {
      out.printf(
          Locale.ROOT,
          "  %s  %.2f  %s <-> %s%n",
          link.id(),
          link.score(),
          Printable.of(String.join(", ", link.aClaims())),
          Printable.of(String.join(", ", link.bClaims())));
      out.println("        " + Printable.of(String.join("; ", link.reasons())));
      if (!link.suggestedRelation().isEmpty()) {
        out.println(
            "        suggested: "
                + Printable.of(link.suggestedRelation())
                + (link.relationReasons().isEmpty()
                    ? ""
                    : " \u2014 " + Printable.of(String.join("; ", link.relationReasons()))));
      }
    }
  }

  private static void printClaims(PrintWriter out, String side, Document doc, List<Claim> claims) {
    out.println(
        side
            + ": "
            + Printable.of(doc.metadata().title())
            + " ("
            + claims.size()
            + (claims.size() == 1 ? " claim)" : " claims)"));
    for (Claim claim : claims) {
      out.printf(
          Locale.ROOT, "  %-5s %s%n", Printable.of(claim.id()), Printable.of(claim.textIn(doc)));
    }
    out.println();
  }

  private static void printJson(
      PrintWriter out,
      Document a,
      List<Claim> claimsA,
      Document b,
      List<Claim> claimsB,
      AlignmentResult result,
      Integer candidates)
      throws Exception {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("a", side(a, claimsA));
    root.put("b", side(b, claimsB));
    List<Map<String, Object>> links = new ArrayList<>();
    for (Link link : result.suggestions()) {
      Map<String, Object> l = new LinkedHashMap<>();
      l.put("id", link.id());
      l.put("a", link.aClaims());
      l.put("b", link.bClaims());
      l.put("score", link.score());
      l.put("reasons", link.reasons());
      l.put("suggestedRelation", link.suggestedRelation());
      l.put("relationReasons", link.relationReasons());
      links.add(l);
    }
    root.put("links", links);
    root.put("usedEmbeddings", result.usedEmbeddings());
    root.put("notices", result.notices());
    if (candidates != null) {
      root.put("candidates", candidatesJson(result.candidates(), candidates));
    }
    out.println(
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
  }

  /** Claim id to its k best partners, as {@code {"id": "B7", "score": 0.41}} objects. */
  private static Map<String, Object> candidatesJson(CandidateTable table, int k) {
    Map<String, Object> byClaim = new LinkedHashMap<>();
    table
        .asMap()
        .forEach(
            (id, list) -> {
              List<Map<String, Object>> partners = new ArrayList<>();
              for (CandidateTable.Candidate c : list.subList(0, Math.min(k, list.size()))) {
                Map<String, Object> partner = new LinkedHashMap<>();
                partner.put("id", c.id());
                partner.put("score", c.score());
                partners.add(partner);
              }
              byClaim.put(id, partners);
            });
    return byClaim;
  }

  private static void printCandidates(PrintWriter out, CandidateTable table, int k) {
    out.println();
    out.println("Best partners of each claim (" + k + " at most):");
    table
        .asMap()
        .forEach(
            (id, list) -> {
              List<String> partners = new ArrayList<>();
              for (CandidateTable.Candidate c : list.subList(0, Math.min(k, list.size()))) {
                partners.add(String.format(Locale.ROOT, "%s %.2f", c.id(), c.score()));
              }
              out.printf(
                  Locale.ROOT,
                  "  %-5s %s%n",
                  Printable.of(id),
                  partners.isEmpty() ? "-" : Printable.of(String.join(", ", partners)));
            });
  }

  private static Map<String, Object> side(Document doc, List<Claim> claims) {
    Map<String, Object> side = new LinkedHashMap<>();
    side.put("title", doc.metadata().title());
    side.put("sha256", doc.sha256());
    List<Map<String, Object>> list = new ArrayList<>();
    for (Claim claim : claims) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("id", claim.id());
      c.put("start", claim.start());
      c.put("end", claim.end());
      c.put("text", claim.textIn(doc));
      list.add(c);
    }
    side.put("claims", list);
    return side;
  }

  private void saveComparison(
      Document a, List<Claim> claimsA, Document b, List<Claim> claimsB, AlignmentResult result)
      throws StoreException {
    List<Claim> claims = new ArrayList<>(claimsA);
    claims.addAll(claimsB);
    Instant now = Instant.now();
    // No author: a login name ("root") says nothing of who read the essays; the window asks the
    // reader's name when the file is first edited or saved there.
    Comparison comparison =
        new Comparison(
            ComparisonNames.defaultTitle(a, b),
            "",
            a,
            b,
            claims,
            result.suggestionsMadeAt(now),
            List.of(),
            Codebook.defaults(),
            now,
            now);
    new ComparisonStore().save(comparison, save);
  }
}
