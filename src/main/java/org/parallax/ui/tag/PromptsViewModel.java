package org.parallax.ui.tag;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parallax.model.Comparison;
import org.parallax.model.Prompt;
import org.parallax.prompts.PromptMaker;
import org.parallax.prompts.PromptTemplates;

/**
 * The discussion prompts the teacher keeps for a comparison: made from the tags, reworded, added,
 * reordered and deleted, each step undoable like any other edit.
 */
public final class PromptsViewModel {
  private final TaggingViewModel tagging;
  private final PromptMaker maker = PromptMaker.standard(PromptTemplates.forLocale(Locale.ENGLISH));
  private final ObservableList<Prompt> prompts = FXCollections.observableArrayList();

  public PromptsViewModel(TaggingViewModel tagging) {
    this.tagging = tagging;
  }

  /** The prompts of the comparison on screen, as of the last {@link #refresh()}. */
  public ObservableList<Prompt> prompts() {
    return prompts;
  }

  /** Reads the prompts of the comparison on screen again. */
  public void refresh() {
    Comparison c = tagging.session().currentProperty().get();
    List<Prompt> now = c == null ? List.of() : c.prompts();
    if (!now.equals(prompts)) {
      prompts.setAll(now);
    }
  }

  /**
   * Makes prompts from the tags: new ones for material not asked about yet, fresh words for the
   * ones made before, the teacher's own and reworded prompts kept as they are. Returns how many
   * prompts were added.
   */
  public int makeFromTags() {
    Comparison c = tagging.session().currentProperty().get();
    if (c == null) {
      return 0;
    }
    List<Prompt> fresh = maker.refreshed(c, tagging.activeSideProperty().get());
    long added =
        fresh.stream()
            .filter(p -> c.prompts().stream().noneMatch(o -> o.id().equals(p.id())))
            .count();
    tagging.edit(e -> before -> e.replacePrompts(before, fresh, "Make discussion prompts"));
    refresh();
    return (int) added;
  }

  /** Adds the teacher's own prompt after {@code after} (at the end when empty). */
  public Optional<Prompt> add(String text, Optional<Prompt> after) {
    int index = after.map(p -> indexOf(p.id()) + 1).orElse(prompts.size());
    List<String> about = after.map(Prompt::about).orElse(List.of());
    int before = prompts.size();
    tagging.edit(e -> c -> e.addPrompt(c, index, text, about));
    refresh();
    return prompts.size() > before ? Optional.of(prompts.get(index)) : Optional.empty();
  }

  /** Changes the words of prompt {@code id}. */
  public void reword(String id, String text) {
    tagging.edit(e -> c -> e.rewordPrompt(c, id, text));
    refresh();
  }

  /** Moves prompt {@code id} by {@code steps} places (negative: up). */
  public void move(String id, int steps) {
    int from = indexOf(id);
    if (from >= 0) {
      tagging.edit(e -> c -> e.movePrompt(c, id, from + steps));
      refresh();
    }
  }

  /** Deletes prompt {@code id}. */
  public void remove(String id) {
    tagging.edit(e -> c -> e.removePrompt(c, id));
    refresh();
  }

  private int indexOf(String id) {
    for (int i = 0; i < prompts.size(); i++) {
      if (prompts.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }
}
