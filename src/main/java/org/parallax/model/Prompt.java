package org.parallax.model;

import java.util.List;

/**
 * A question for a class discussion, built from the tagged material or written by the teacher.
 *
 * @param id stable id such as {@code P3}
 * @param text the question as the class will read it
 * @param about the ids of what the question is about: a link ({@code L4}), a pair of term tags
 *     ({@code T2}, {@code T9}) or the claims only one essay makes ({@code A3}, {@code A7}); empty
 *     for a question about the whole comparison. An id that no longer exists is kept and ignored.
 * @param template the key of the template the question was made from, or empty when the teacher
 *     wrote it
 * @param edited whether the teacher changed the text after it was made from its template
 */
public record Prompt(String id, String text, List<String> about, String template, boolean edited) {

  public Prompt {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("prompt id is required");
    }
    text = text == null ? "" : text;
    about = about == null ? List.of() : List.copyOf(about);
    template = template == null ? "" : template;
  }

  /** Whether the teacher wrote it by hand rather than having it made from a template. */
  public boolean handWritten() {
    return template.isEmpty();
  }

  /** The same prompt with {@code newText}, marked as edited when it changed. */
  public Prompt withText(String newText) {
    return newText.equals(text) ? this : new Prompt(id, newText, about, template, true);
  }

  /** The same prompt about {@code newAbout}. */
  public Prompt about(List<String> newAbout) {
    return new Prompt(id, text, newAbout, template, edited);
  }
}
