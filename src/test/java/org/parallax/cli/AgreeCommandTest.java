package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Comparison;
import org.parallax.store.ComparisonStore;

/**
 * {@code parallax agree} on the class fixtures of org.parallax.agreement (three students and a key;
 * the figures are worked out by hand in StudentComparisonTest).
 */
class AgreeCommandTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return ParallaxCommand.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  private static String fixture(String name) {
    try {
      return Path.of(
              AgreeCommandTest.class
                  .getResource("/org/parallax/agreement/" + name + ".parallax.json")
                  .toURI())
          .toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theTableShowsEveryFigureInAlignedColumns() {
    int code =
        run("agree", fixture("ana"), fixture("ben"), fixture("cleo"), "--key", fixture("key"));

    assertThat(code).isZero();
    assertThat(err.toString()).isEmpty();
    // 1/22 = 0.045, 5/14 = 0.357, 6/11 = 0.545, -4/11 = -0.364, 7/11 = 0.636
    assertThat(out.toString().lines())
        .containsExactly(
            "3 students, 5 claim pairs linked by one or more (default segmentation: 4 claims in A,"
                + " 4 in B)",
            "",
            "                   linked  relation",
            "claim pairs             5         4",
            "alpha (class)       0.045     0.357",
            "percent agreement   60.0%     60.0%",
            "kappa ana | ben     0.545    -0.500",
            "kappa ana | cleo   -0.250     1.000",
            "kappa ben | cleo   -0.364     0.000",
            "",
            "kappa with the key (key.parallax.json)",
            "  ana               1.000     0.636",
            "  ben               0.545     0.400",
            "  cleo             -0.250     0.500");
  }

  @Test
  void jsonHasTheShapeOfTheIssue() throws Exception {
    int code =
        run(
            "agree",
            fixture("ana"),
            fixture("ben"),
            fixture("cleo"),
            "--key",
            fixture("key"),
            "--json");

    assertThat(code).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(names(json))
        .containsExactly("units", "annotators", "linked", "relation", "key", "skipped");
    assertThat(json.get("units").asInt()).isEqualTo(5);
    assertThat(json.get("annotators").toString()).isEqualTo("[\"ana\",\"ben\",\"cleo\"]");
    assertThat(names(json.get("linked"))).containsExactly("alpha", "percent", "kappa");
    assertThat(json.at("/linked/alpha").asDouble()).isCloseTo(1.0 / 22, within(1e-9));
    assertThat(json.at("/linked/percent").asDouble()).isCloseTo(0.6, within(1e-9));
    assertThat(json.at("/linked/kappa/ana|ben").asDouble()).isCloseTo(6.0 / 11, within(1e-9));
    assertThat(json.at("/relation/alpha").asDouble()).isCloseTo(5.0 / 14, within(1e-9));
    assertThat(json.at("/relation/kappa/ben|cleo").asDouble()).isCloseTo(0, within(1e-9));
    assertThat(names(json.get("key"))).containsExactly("ana", "ben", "cleo");
    assertThat(json.at("/key/ana/relation").asDouble()).isCloseTo(7.0 / 11, within(1e-9));
    assertThat(json.get("skipped").isArray()).isTrue();
    assertThat(json.get("skipped")).isEmpty();
  }

  @Test
  void aFileLeftOutIsNamedWithItsReasonAndSetsExitCodeOne() throws Exception {
    Path essay = Files.writeString(dir.resolve("essay.txt"), "Not a comparison at all.");

    int code = run("agree", fixture("ana"), essay.toString(), fixture("ben"), "--json");

    assertThat(code).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.at("/skipped/0/file").asText()).isEqualTo(essay.toString());
    assertThat(json.at("/skipped/0/reason").asText()).contains("not JSON");
    assertThat(json.get("annotators").toString()).isEqualTo("[\"ana\",\"ben\"]");
    assertThat(err.toString()).contains("parallax: left out " + essay + ": The file is not JSON");
  }

  @Test
  void fewerThanTwoUsableFilesIsNothingToCompareAndExitCodeTwo() throws Exception {
    Path essay = Files.writeString(dir.resolve("essay.txt"), "Not a comparison at all.");

    int code = run("agree", fixture("ana"), essay.toString());

    assertThat(code).isEqualTo(2);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString())
        .contains("parallax: left out " + essay)
        .contains(
            "parallax: nothing to compare: only one student's file could be used; agreement"
                + " needs two or more.");
  }

  @Test
  void theConsensusIsWrittenAsAComparisonThatOpens() throws Exception {
    Path target = dir.resolve("consensus.parallax.json");

    int code =
        run(
            "agree",
            fixture("ana"),
            fixture("ben"),
            fixture("cleo"),
            "--consensus",
            target.toString());

    assertThat(code).isZero();
    Comparison consensus = new ComparisonStore().load(target).comparison();
    assertThat(consensus.title()).isEqualTo("Consensus: Road or corridor");
    // A1-B1, A2-B2 and A4-B4 agreed; A3-B3 linked by two with tied relations, so unset
    assertThat(consensus.links())
        .extracting(l -> l.aClaims() + "" + l.bClaims() + " " + l.relation())
        .containsExactly("[A1][B1] agree", "[A2][B2] agree", "[A3][B3] ", "[A4][B4] contradict");
    assertThat(out.toString())
        .contains(
            "Wrote the consensus to "
                + target
                + ": 4 links; 2 claim pairs left for the teacher to settle in the window.");
  }

  @Test
  void theConsensusNeverOverwritesAFileBeingCompared() throws Exception {
    Path copy = Files.copy(Path.of(fixture("ana")), dir.resolve("ana.parallax.json"));
    byte[] before = Files.readAllBytes(copy);

    int code = run("agree", copy.toString(), fixture("ben"), "--consensus", copy.toString());

    assertThat(code).isEqualTo(2);
    assertThat(Files.readAllBytes(copy)).isEqualTo(before);
    assertThat(err.toString()).contains("would overwrite a file being compared");
  }

  @Test
  void helpListsTheExitCodesOfThisCommand() {
    int code = run("agree", "--help");

    assertThat(code).isZero();
    assertThat(out.toString())
        .containsPattern("\\b0\\s+every file was compared")
        .containsPattern("\\b1\\s+a file was left out")
        .containsPattern("\\b2\\s+nothing to compare")
        .contains("parallax FILE... (no command) opens the window");
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
