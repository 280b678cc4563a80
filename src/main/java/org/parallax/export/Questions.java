package org.parallax.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parallax.model.Prompt;

/**
 * The comparison's discussion prompts as the handout, worksheet and Markdown show them: numbered in
 * the teacher's order, each pointing to the row it is about when that row is shown. A worksheet is
 * handed out before the discussion, so it leaves out the questions made from a relation or a frame
 * (they would give the key away) and keeps the teacher's own words and the "only in" questions.
 */
final class Questions {
  private Questions() {}

  /** A question and the number of the shown row it is about, if any. */
  record Question(int number, Prompt prompt, Optional<AlignedRow> row) {}

  /** The handout's questions: every prompt. */
  static List<Question> forHandout(Handout h) {
    return numbered(h, h.comparison().prompts());
  }

  /** The worksheet's questions: those that do not tell a relation or a frame. */
  static List<Question> forWorksheet(Handout h) {
    return numbered(
        h,
        h.comparison().prompts().stream()
            .filter(p -> p.handWritten() || p.edited() || p.template().equals("onlyIn"))
            .toList());
  }

  private static List<Question> numbered(Handout h, List<Prompt> prompts) {
    List<Question> questions = new ArrayList<>();
    for (Prompt p : prompts) {
      if (p.text().isBlank()) {
        continue;
      }
      Optional<AlignedRow> row =
          h.rows().stream().filter(r -> p.about().contains(r.link().id())).findFirst();
      questions.add(new Question(questions.size() + 1, p, row));
    }
    return questions;
  }

  /**
   * The questions as an HTML section (none when there are none). On the handout a row number links
   * to its row; on the worksheet each question gets lines to answer on.
   */
  static void html(List<Question> questions, boolean worksheet, Writer out) throws IOException {
    if (questions.isEmpty()) {
      return;
    }
    out.write(
        "<section id=\"questions\" class=\"questions\">\n<h2>Questions for discussion</h2>\n");
    out.write("<ol>\n");
    for (Question q : questions) {
      out.write("<li dir=\"auto\">" + Html.escape(q.prompt().text()));
      if (q.row().isPresent() && worksheet) {
        out.write(" <span class=\"row-ref\">(row " + q.row().get().number() + ")</span>");
      } else if (q.row().isPresent()) {
        out.write(
            " <a class=\"row-ref\" href=\"#link-"
                + Html.escape(q.row().get().link().id())
                + "\">(row "
                + q.row().get().number()
                + ")</a>");
      }
      if (worksheet) {
        out.write(
            "<div class=\"reason\"><div class=\"line\"></div><div class=\"line\"></div></div>");
      }
      out.write("</li>\n");
    }
    out.write("</ol>\n</section>\n");
  }

  /** The questions as a Markdown section (nothing when there are none). */
  static void markdown(List<Question> questions, Writer out) throws IOException {
    if (questions.isEmpty()) {
      return;
    }
    out.write("\n## Questions for discussion\n\n");
    for (Question q : questions) {
      out.write(q.number() + ". " + Markdown.text(q.prompt().text()));
      if (q.row().isPresent()) {
        out.write(" (row " + q.row().get().number() + ")");
      }
      out.write("\n");
    }
  }
}
