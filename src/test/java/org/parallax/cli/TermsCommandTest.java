package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TermsCommandTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return ParallaxCommand.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  private Path[] essays() throws IOException {
    Path a =
        Files.writeString(
            dir.resolve("a.txt"),
            "Restoring order\n\n"
                + "The local anti-terrorist measures ended quickly. The reintegration of residents"
                + " began, and the reintegration plan was published.");
    Path b =
        Files.writeString(
            dir.resolve("b.txt"),
            "After the offensive\n\n"
                + "The military offensive emptied the region. The exodus was ethnic cleansing,"
                + " and the exodus went on for a week.");
    return new Path[] {a, b};
  }

  @Test
  void jsonListsEachSidesTermsWithScoreAndCountsInAStableShape() throws IOException {
    Path[] files = essays();

    int code = run("terms", files[0].toString(), files[1].toString(), "--json");

    assertThat(code).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(fieldNames(json)).containsExactly("a", "b");
    JsonNode first = json.at("/a/0");
    assertThat(fieldNames(first)).containsExactly("term", "z", "countA", "countB");
    assertThat(first.get("term").asText()).isEqualTo("reintegration");
    assertThat(first.get("z").asDouble()).isPositive();
    assertThat(first.get("countA").asInt()).isEqualTo(2);
    assertThat(first.get("countB").asInt()).isZero();
    assertThat(json.at("/b/0/term").asText()).isEqualTo("exodus");
    assertThat(json.at("/b/0/z").asDouble()).isNegative();
  }

  @Test
  void topLimitsEachSidesList() throws IOException {
    Path[] files = essays();

    run("terms", files[0].toString(), files[1].toString(), "--json", "--top", "2");

    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.get("a").size()).isEqualTo(2);
    assertThat(json.get("b").size()).isEqualTo(2);
  }

  @Test
  void textShowsBothSidesInAlignedColumns() throws IOException {
    Path[] files = essays();

    int code = run("terms", files[0].toString(), files[1].toString());

    assertThat(code).isZero();
    String text = out.toString();
    assertThat(text).contains("A: Restoring order").contains("B: After the offensive");
    List<String> rows =
        text.lines().filter(l -> l.startsWith("  ") && !l.strip().startsWith("term")).toList();
    assertThat(rows).isNotEmpty();
    // every row's z column ends at the same place as its header's
    String header = text.lines().filter(l -> l.strip().startsWith("term")).findFirst().get();
    for (String row : rows.subList(0, 2)) {
      assertThat(row.length()).isEqualTo(header.length());
    }
    assertThat(text).containsPattern("reintegration +\\d+\\.\\d\\d +2 +0");
  }

  @Test
  void aMissingEssayIsOneLineOnStandardErrorAndExitCodeTwo() throws IOException {
    Path[] files = essays();

    int code = run("terms", files[0].toString(), dir.resolve("nowhere.txt").toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString().strip()).startsWith("parallax: ").doesNotContain("\n");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void aTopBelowOneIsRefusedWithExitCodeTwo() throws IOException {
    Path[] files = essays();

    int code = run("terms", files[0].toString(), files[1].toString(), "--top", "0");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("--top");
  }

  @Test
  void helpNamesTheCommandAndItsExitCodes() {
    run("terms", "--help");

    assertThat(out.toString())
        .contains("Usage: parallax terms")
        .contains("--top=N")
        .contains("Exit status:");
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
