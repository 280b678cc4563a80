package org.parallax.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Comparison;
import org.parallax.model.Prompt;

class QuestionsTest {
  private final ExportOptions options = ExportOptions.defaults(ExportFixture.EXPORTED);

  private final Comparison withPrompts =
      ExportFixture.comparison()
          .withPrompts(
              List.of(
                  new Prompt(
                      "P1",
                      "Reopened or closed: what would settle it?",
                      List.of("L1"),
                      "relation.contradict",
                      false),
                  new Prompt("P2", "Who uses the road <today> & why?", List.of(), "", false),
                  new Prompt("P3", "Why Xankəndi here?", List.of("T1", "T2"), "termPair", false),
                  new Prompt("P4", "What does B leave out?", List.of("A7"), "onlyIn", false)));

  @Test
  void theHandoutAsksEveryQuestionInTheTeachersOrderLinkingItsRow() throws IOException {
    String html = export(new HandoutExporter(), withPrompts);
    int row = rowOf("L1");

    assertThat(html).contains("<h2>Questions for discussion</h2>");
    assertThat(html)
        .contains(
            "Reopened or closed: what would settle it? <a class=\"row-ref\" href=\"#link-L1\">(row "
                + row
                + ")</a>");
    assertThat(html).contains("Who uses the road &lt;today&gt; &amp; why?");
    assertThat(html.indexOf("what would settle it"))
        .isLessThan(html.indexOf("Who uses the road"))
        .isLessThan(html.indexOf("Why Xankəndi here?"));
    assertThat(html).contains("id=\"link-L1\"");
  }

  @Test
  void theWorksheetLeavesOutQuestionsThatWouldGiveTheKeyAway() throws IOException {
    String html = export(new WorksheetExporter(), withPrompts);

    assertThat(html).contains("Who uses the road &lt;today&gt; &amp; why?");
    assertThat(html).contains("What does B leave out?");
    assertThat(html).doesNotContain("what would settle it").doesNotContain("Why Xankəndi here?");
    assertThat(html).contains("<div class=\"reason\"><div class=\"line\"></div>");
  }

  @Test
  void aRewordedQuestionIsTheTeachersAndGoesOnTheWorksheet() throws IOException {
    Comparison reworded =
        withPrompts.withPrompts(
            List.of(withPrompts.prompts().get(0).withText("Which source would you trust?")));

    assertThat(export(new WorksheetExporter(), reworded))
        .contains("Which source would you trust? <span class=\"row-ref\">(row " + rowOf("L1"));
  }

  @Test
  void markdownNumbersTheQuestionsAfterTheRows() throws IOException {
    String md = export(new MarkdownExporter(), withPrompts);

    assertThat(md)
        .contains(
            "## Questions for discussion\n\n1. Reopened or closed: what would settle it? (row "
                + rowOf("L1")
                + ")\n2. Who uses the road \\<today\\> \\& why?\n");
    assertThat(md.indexOf("## Aligned claims")).isLessThan(md.indexOf("## Questions"));
  }

  @Test
  void withoutPromptsThereIsNoQuestionsSection() throws IOException {
    assertThat(export(new HandoutExporter(), ExportFixture.comparison()))
        .doesNotContain("Questions for discussion");
  }

  private int rowOf(String linkId) {
    return Handout.of(withPrompts, options).rows().stream()
        .filter(r -> r.link().id().equals(linkId))
        .findFirst()
        .orElseThrow()
        .number();
  }

  private String export(Exporter exporter, Comparison c) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exporter.write(c, options, out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
