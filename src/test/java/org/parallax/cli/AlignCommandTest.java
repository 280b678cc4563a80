package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.files.Fifo;
import org.parallax.model.Comparison;
import org.parallax.model.LinkStatus;
import org.parallax.model.Side;
import org.parallax.store.ComparisonStore;
import org.parallax.store.LoadedComparison;

class AlignCommandTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return ParallaxCommand.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private Path[] essays() throws IOException {
    Path a =
        write(
            "a.txt",
            "The bridge question\n\n"
                + "On March 3rd the council closed the Kettle Ford bridge to lorries. "
                + "The town band played on Sunday.");
    Path b =
        write(
            "b.txt",
            "Kettle Ford cut off\n\n"
                + "Lorries were banned from Kettle Ford bridge by the council on 3 March. "
                + "Farmers now drive forty minutes to the market.");
    return new Path[] {a, b};
  }

  @Test
  void jsonOutputHoldsBothSidesClaimsAndTheSuggestedLinks() throws IOException {
    Path[] files = essays();

    int code = run("align", files[0].toString(), files[1].toString(), "--json", "--lexical-only");

    assertThat(code).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.at("/a/claims/0/id").asText()).isEqualTo("A1");
    assertThat(json.at("/a/claims/0/text").asText())
        .isEqualTo("On March 3rd the council closed the Kettle Ford bridge to lorries.");
    assertThat(json.at("/b/claims").size()).isEqualTo(2);
    JsonNode link = json.at("/links/0");
    assertThat(link.get("a").toString()).isEqualTo("[\"A1\"]");
    assertThat(link.get("b").toString()).isEqualTo("[\"B1\"]");
    assertThat(link.get("score").asDouble()).isBetween(0.0, 1.0);
    assertThat(link.get("reasons").get(0).asText()).isEqualTo("same event: 3 March");
    assertThat(json.at("/links").size()).isEqualTo(1);
  }

  @Test
  void candidatesGiveEveryClaimOfBothSidesItsBestPartnersWithScores() throws IOException {
    Path[] files = essays();

    int code =
        run(
            "align",
            files[0].toString(),
            files[1].toString(),
            "--json",
            "--lexical-only",
            "--candidates",
            "2");

    assertThat(code).isZero();
    JsonNode candidates = new ObjectMapper().readTree(out.toString()).get("candidates");
    assertThat(candidates.fieldNames()).toIterable().containsExactly("A1", "A2", "B1", "B2");
    assertThat(candidates.at("/A1/0/id").asText()).isEqualTo("B1");
    assertThat(candidates.at("/A1/0/score").asDouble()).isBetween(0.0, 1.0);
    assertThat(candidates.at("/B1/0/id").asText()).isEqualTo("A1");
    assertThat(candidates.get("A2").size()).isLessThanOrEqualTo(2);
  }

  @Test
  void withoutTheCandidatesOptionTheJsonIsWhatItWasAndWithItOnlyGainsTheCandidates()
      throws IOException {
    Path[] files = essays();
    run("align", files[0].toString(), files[1].toString(), "--json", "--lexical-only");
    String plain = out.toString();
    out.getBuffer().setLength(0);

    run(
        "align",
        files[0].toString(),
        files[1].toString(),
        "--json",
        "--lexical-only",
        "--candidates",
        "3");

    ObjectMapper mapper = new ObjectMapper();
    JsonNode without = mapper.readTree(plain);
    com.fasterxml.jackson.databind.node.ObjectNode with =
        (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(out.toString());
    assertThat(without.has("candidates")).isFalse();
    assertThat(with.remove("candidates")).isNotNull();
    assertThat(with).isEqualTo(without);
  }

  @Test
  void aNumberOfCandidatesOutOfRangeIsRefusedWithTheRangeAllowed() throws IOException {
    Path[] files = essays();

    int code =
        run("align", files[0].toString(), files[1].toString(), "--json", "--candidates", "0");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString().strip().lines())
        .containsExactly("parallax: --candidates must be a whole number from 1 to 8.");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void textOutputWithCandidatesListsEachClaimsBestPartners() throws IOException {
    Path[] files = essays();

    int code =
        run(
            "align",
            files[0].toString(),
            files[1].toString(),
            "--lexical-only",
            "--candidates",
            "1");

    assertThat(code).isZero();
    assertThat(out.toString())
        .contains("Best partners of each claim (1 at most):")
        .containsPattern("\\n  A1    B1 0\\.\\d\\d\\n");
  }

  @Test
  void jsonGivesEachLinkItsSuggestedRelationAndWhy() throws IOException {
    Path a =
        write("a.txt", "The meeting\n\nMore than 300 residents came to the Corn Exchange meeting.");
    Path b = write("b.txt", "The meeting\n\nBarely 80 people came to the Corn Exchange meeting.");

    int code = run("align", a.toString(), b.toString(), "--json", "--lexical-only");

    assertThat(code).isZero();
    JsonNode link = new ObjectMapper().readTree(out.toString()).at("/links/0");
    assertThat(link.get("suggestedRelation").asText()).isEqualTo("contradict");
    assertThat(link.get("relationReasons").toString())
        .isEqualTo("[\"300 residents vs 80 people\"]");
    // The reader's relation is not the aligner's to set: the JSON has no "relation".
    assertThat(link.has("relation")).isFalse();
  }

  @Test
  void textOutputSaysTheSuggestedRelation() throws IOException {
    Path[] files = essays();

    run("align", files[0].toString(), files[1].toString(), "--lexical-only");

    assertThat(out.toString()).contains("suggested: agree \u2014 same event: 3 March");
  }

  @Test
  void claimOffsetsInTheJsonPointIntoTheCleanedText() throws IOException {
    Path[] files = essays();

    run("align", files[0].toString(), files[1].toString(), "--json", "--lexical-only");

    JsonNode claim = new ObjectMapper().readTree(out.toString()).at("/b/claims/1");
    int length = claim.get("end").asInt() - claim.get("start").asInt();
    assertThat(length).isEqualTo(claim.get("text").asText().length());
  }

  @Test
  void textOutputListsClaimsAndLinksWithReasons() throws IOException {
    Path[] files = essays();

    int code = run("align", files[0].toString(), files[1].toString(), "--lexical-only");

    assertThat(code).isZero();
    assertThat(out.toString())
        .contains("A1    On March 3rd the council closed the Kettle Ford bridge to lorries.")
        .contains("L1")
        .contains("A1 <-> B1")
        .contains("same event: 3 March; shared: Kettle Ford");
  }

  @Test
  void aMissingFileIsOneLineOnStandardErrorAndExitCodeTwo() throws IOException {
    Path[] files = essays();

    int code = run("align", files[0].toString(), dir.resolve("nowhere.txt").toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString().strip())
        .startsWith("parallax: ")
        .doesNotContain("\n")
        .doesNotContain("Exception");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aNamedPipeAsAnEssayIsRefusedInOneLineInsteadOfWaitingForever() throws Exception {
    Path[] files = essays();
    Path pipe = Fifo.make(dir, "pipe.txt");

    int code = run("align", files[0].toString(), pipe.toString(), "--lexical-only");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString().strip())
        .isEqualTo(
            "parallax: “pipe.txt” is a named pipe (FIFO), not an ordinary file; Parallax reads"
                + " only files saved on disk.");
  }

  @Test
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aNamedPipeAsTheEquivalenceListIsRefusedInOneLine() throws Exception {
    Path[] files = essays();
    Path pipe = Fifo.make(dir, "names.tsv");

    int code = run("align", files[0].toString(), files[1].toString(), "--lexicon", pipe.toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString().strip())
        .startsWith("parallax: The equivalence list was not read: “" + pipe + "” is a named pipe");
  }

  @Test
  void aDeviceAsAnEssayIsRefusedRatherThanCalledEmpty() throws IOException {
    Path[] files = essays();
    assumeTrue(Files.exists(Path.of("/dev/urandom")), "no /dev/urandom here");

    int code = run("align", files[0].toString(), "/dev/urandom", "--lexical-only");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString().strip())
        .startsWith("parallax: “urandom” is a device, not an ordinary file");
  }

  @Test
  void controlCharactersFromAnEssayArePrintedAsEscapesNotObeyedByTheTerminal() throws IOException {
    Path[] files = essays();
    Path hostile =
        write(
            "hostile.html",
            "<html><head><title>Kettle \u202Eevil\u202C &#x1B;]0;PWNED&#x07; ab&#x08;&#x08;XY"
                + " &#x1B;[31mred</title></head><body><p>Lorries were banned from Kettle Ford"
                + " bridge by the council on 3 March.</p></body></html>");

    int code = run("align", files[0].toString(), hostile.toString(), "--lexical-only");

    assertThat(code).isZero();
    assertThat(out.toString())
        .contains("\\x1B]0;PWNED\\x07")
        .contains("ab\\x08\\x08XY")
        .contains("\\x1B[31mred")
        .contains("\\u202Eevil\\u202C")
        .doesNotContain("\u001B")
        .doesNotContain("\u0007")
        .doesNotContain("\u0008")
        .doesNotContain("\u202E");
  }

  @Test
  void aFileNameWithALineBreakCannotForgeASecondErrorLine() throws IOException {
    Path[] files = essays();
    Path forged;
    try {
      forged = write("x\nparallax: fake line.txt", "");
    } catch (java.nio.file.InvalidPathException e) {
      assumeTrue(false, "this file system refuses line breaks in names");
      return;
    }

    int code = run("align", files[0].toString(), forged.toString(), "--lexical-only");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString().strip())
        .isEqualTo("parallax: “x\\nparallax: fake line.txt” is empty.")
        .doesNotContain("\n");
  }

  @Test
  void saveWritesAComparisonThatOpensWithBothEssaysClaimsAndSuggestions() throws Exception {
    Path[] files = essays();
    Path saved = dir.resolve("pair.parallax.json");
    int code =
        run(
            "align",
            files[0].toString(),
            files[1].toString(),
            "--lexical-only",
            "--save",
            saved.toString());
    assertThat(code).isZero();
    LoadedComparison loaded = new ComparisonStore().load(saved);
    Comparison comparison = loaded.comparison();
    assertThat(comparison.a().text()).contains("Kettle Ford bridge to lorries");
    assertThat(comparison.b().text()).contains("Farmers now drive forty minutes");
    assertThat(comparison.claims(Side.A)).hasSize(2);
    assertThat(comparison.claims(Side.B)).hasSize(2);
    assertThat(comparison.links())
        .isNotEmpty()
        .allSatisfy(link -> assertThat(link.status()).isEqualTo(LinkStatus.SUGGESTED));
    assertThat(comparison.links().get(0).aClaims()).containsExactly("A1");
    assertThat(comparison.links().get(0).bClaims()).containsExactly("B1");
    assertThat(out.toString().strip()).endsWith("Saved " + saved + ".");
  }

  @Test
  void aSavedComparisonIsNamedAfterBothEssaysAndNotAfterTheLogin() throws Exception {
    Path[] files = essays();
    Path saved = dir.resolve("pair.parallax.json");

    run("align", files[0].toString(), files[1].toString(), "--lexical-only", "--save", "" + saved);

    Comparison comparison = new ComparisonStore().load(saved).comparison();
    assertThat(comparison.title()).isEqualTo("The bridge question \u2194 Kettle Ford cut off");
    assertThat(comparison.annotator()).isNotEqualTo(System.getProperty("user.name")).isEmpty();
  }

  @Test
  void saveIntoAMissingFolderIsOneClearLineAndNoFile() throws IOException {
    Path[] files = essays();
    Path target = dir.resolve("missing/folder/pair.parallax.json");
    int code =
        run(
            "align",
            files[0].toString(),
            files[1].toString(),
            "--lexical-only",
            "--save",
            target.toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString().lines()).hasSize(1);
    assertThat(err.toString()).startsWith("parallax: ").doesNotContain("Exception");
    assertThat(target).doesNotExist();
  }

  @Test
  void noSuggestionScoresBelowTheMinimumScoreAsked() throws IOException {
    Path seed;
    try (var seeds = Files.list(Path.of("seeds"))) {
      seed = seeds.filter(f -> f.toString().endsWith(".txt")).findFirst().orElseThrow();
    }
    Path counterpart = Path.of("src/test/resources/org/parallax/ui/karabakh-counterpart.txt");

    int code =
        run("align", seed.toString(), counterpart.toString(), "--json", "--min-score", "0.2");

    assertThat(code).isZero();
    JsonNode links = new ObjectMapper().readTree(out.toString()).get("links");
    assertThat(links).isNotEmpty();
    links.forEach(link -> assertThat(link.get("score").asDouble()).isGreaterThanOrEqualTo(0.2));
  }

  @Test
  void outputThatCannotBeWrittenWithNoReasonKnownIsReportedAndFails() throws IOException {
    Path[] files = essays();
    PrintWriter broken =
        new PrintWriter(
            new java.io.Writer() {
              @Override
              public void write(char[] chars, int offset, int length) throws IOException {
                throw new IOException("No space left on device");
              }

              @Override
              public void flush() {}

              @Override
              public void close() {}
            });

    int code =
        ParallaxCommand.run(
            broken,
            new PrintWriter(err),
            "align",
            files[0].toString(),
            files[1].toString(),
            "--json",
            "--lexical-only");

    assertThat(code).isEqualTo(1);
    assertThat(err.toString().strip()).isEqualTo("parallax: the output could not be written.");
  }

  @Test
  void aWrongOptionIsOneLineWithAPointerToHelp() throws IOException {
    Path[] files = essays();

    int code = run("align", files[0].toString(), files[1].toString(), "--bogus");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString().strip().lines())
        .containsExactly("parallax: Unknown option: '--bogus'. See 'parallax align --help'.");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void aMinimumScoreThatIsNotANumberIsRefused() throws IOException {
    Path[] files = essays();

    int code = run("align", files[0].toString(), files[1].toString(), "--min-score", "NaN");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("--min-score must lie between 0 and 1.");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void savingOverAnEssayBeingAlignedIsRefusedAndTheEssayKept() throws IOException {
    Path[] files = essays();
    String essay = Files.readString(files[0]);

    int code =
        run("align", files[0].toString(), files[1].toString(), "--save", files[0].toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("would overwrite an essay being aligned");
    assertThat(files[0]).hasContent(essay);
  }

  @Test
  void anEquivalenceListThatCannotBeReadStopsTheRunWithTheReason() throws IOException {
    Path[] files = essays();
    Path latin1 = dir.resolve("names.tsv");
    Files.write(latin1, "Füzuli\tVaranda\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

    int missing = run("align", files[0].toString(), files[1].toString(), "--lexicon", "nope.tsv");
    int notUtf8 =
        run("align", files[0].toString(), files[1].toString(), "--lexicon", latin1.toString());

    assertThat(missing).isEqualTo(2);
    assertThat(notUtf8).isEqualTo(2);
    assertThat(err.toString())
        .contains("The equivalence list nope.tsv could not be read (no such file).")
        .contains("The equivalence list " + latin1 + " is not UTF-8 text; save it as UTF-8.");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void aLineOfTheEquivalenceListWithOneNameIsNamedOnStderrAndTheRunGoesOn() throws IOException {
    Path[] files = essays();
    Path names =
        Files.writeString(dir.resolve("names.tsv"), "Kettle Ford = Sallow Bridge\njustone\n");

    int code =
        run("align", files[0].toString(), files[1].toString(), "--lexicon", names.toString());

    assertThat(code).isZero();
    assertThat(err.toString().strip())
        .isEqualTo(
            "Note: "
                + names
                + ": Line 2 has only one name (justone): put = between two or more names of the"
                + " same place, person or event.");
  }

  @Test
  void aSavedComparisonNamedAsAnEssayIsRefused() throws IOException {
    Path[] files = essays();
    Path saved = dir.resolve("pair.parallax.json");
    assertThat(run("align", files[0].toString(), files[1].toString(), "--save", saved.toString()))
        .isZero();

    int code = run("align", files[0].toString(), saved.toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains(saved + " is a saved Parallax comparison, not an essay");
  }

  @Test
  void everyCommandPrintsTheVersion() {
    assertThat(run("align", "-V")).isZero();
    assertThat(run("validate", "--version")).isZero();

    assertThat(out.toString())
        .isEqualTo("Parallax 0.1.0\nParallax 0.1.0\n".replace("\n", System.lineSeparator()));
  }

  @Test
  void oneClaimIsNotCalledClaims() throws IOException {
    Path a = write("one.txt", "Title\n\nThe ford was closed on Monday.");
    Path b = write("two.txt", "Other title\n\nThe ford stayed open. The market moved.");

    assertThat(run("align", a.toString(), b.toString(), "--lexical-only")).isZero();

    assertThat(out.toString()).contains("(1 claim)").contains("(2 claims)");
  }
}
