package org.parallax.tagging;

import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Comparison;
import org.parallax.model.Prompt;

/** Edits of the discussion prompts: add, reword, delete, move, and take a fresh list. */
final class PromptEdits {
  private final EditContext context;

  PromptEdits(EditContext context) {
    this.context = context;
  }

  Change add(Comparison c, int index, String text, List<String> about) {
    String id = Ids.next("P", c.prompts().stream().map(Prompt::id).toList(), context.reserved());
    int at = Math.max(0, Math.min(index, c.prompts().size()));
    Prompt prompt = new Prompt(id, words(text), about, "", false);
    return new Steps("Add prompt " + id, List.of(new Insert<>(Part.PROMPTS, at, prompt)));
  }

  Change reword(Comparison c, String promptId, String text) {
    int i = index(c, promptId);
    Prompt old = c.prompts().get(i);
    Prompt changed = old.withText(words(text));
    if (changed.equals(old)) {
      return Steps.none("Reword prompt " + promptId);
    }
    return new Steps(
        "Reword prompt " + promptId, List.of(new Replace<>(Part.PROMPTS, i, old, changed)));
  }

  Change remove(Comparison c, String promptId) {
    int i = index(c, promptId);
    return new Steps(
        "Delete prompt " + promptId, List.of(new Remove<>(Part.PROMPTS, i, c.prompts().get(i))));
  }

  Change move(Comparison c, String promptId, int newIndex) {
    int from = index(c, promptId);
    int to = Math.max(0, Math.min(newIndex, c.prompts().size() - 1));
    String description = "Move prompt " + promptId;
    if (from == to) {
      return Steps.none(description);
    }
    Prompt prompt = c.prompts().get(from);
    return new Steps(
        description,
        List.of(new Remove<>(Part.PROMPTS, from, prompt), new Insert<>(Part.PROMPTS, to, prompt)));
  }

  Change replaceAll(Comparison c, List<Prompt> prompts, String description) {
    if (prompts.equals(c.prompts())) {
      return Steps.none(description);
    }
    List<String> ids = new ArrayList<>();
    for (Prompt p : prompts) {
      if (ids.contains(p.id())) {
        throw new IllegalArgumentException("Two prompts have the id " + p.id() + ".");
      }
      ids.add(p.id());
    }
    return new Steps(description, List.of(new ReplaceAll<>(Part.PROMPTS, c.prompts(), prompts)));
  }

  private static String words(String text) {
    String words = text == null ? "" : text.strip();
    if (words.isEmpty()) {
      throw new IllegalArgumentException("A prompt needs some words.");
    }
    return words;
  }

  private static int index(Comparison c, String promptId) {
    for (int i = 0; i < c.prompts().size(); i++) {
      if (c.prompts().get(i).id().equals(promptId)) {
        return i;
      }
    }
    throw new IllegalArgumentException("There is no prompt " + promptId + ".");
  }
}
