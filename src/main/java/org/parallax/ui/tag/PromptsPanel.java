package org.parallax.ui.tag;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.parallax.model.Claim;
import org.parallax.model.Comparison;
import org.parallax.model.Link;
import org.parallax.model.Prompt;
import org.parallax.model.TermTag;
import org.parallax.ui.Messages;
import org.parallax.ui.Styles;

/**
 * The prompts tab: questions for a class discussion, made from the tags or written by the teacher;
 * the teacher rewords, adds, reorders and deletes them. Choosing one shows what it is about.
 */
public final class PromptsPanel extends VBox {
  private final PromptsViewModel model;
  private final TaggingViewModel tagging;
  private final ListView<Prompt> list;
  private final TextArea words = new TextArea();
  private final Label status = new Label();

  public PromptsPanel(
      PromptsViewModel model,
      TaggingViewModel tagging,
      Consumer<Link> revealLink,
      Consumer<TermTag> revealTerm,
      Consumer<Claim> revealClaim) {
    this.model = model;
    this.tagging = tagging;
    setId("prompts-panel");
    getStyleClass().add(Styles.SIDE_PANEL_TAB);
    setSpacing(6);

    Button make = new Button(Messages.get("prompts.make"));
    make.setId("prompts-make");
    make.setAccessibleHelp(Messages.get("a11y.prompts.make"));
    make.setOnAction(e -> status.setText(Messages.get("prompts.made", model.makeFromTags())));
    status.setId("prompts-status");
    status.setWrapText(true);

    list = new ListView<>(model.prompts());
    list.setId("prompts-list");
    list.setAccessibleText(Messages.get("panel.prompts"));
    list.setAccessibleHelp(Messages.get("a11y.prompts.list"));
    list.setCellFactory(v -> new PromptCell());
    list.setPlaceholder(new Label(Messages.get("prompts.none")));
    VBox.setVgrow(list, Priority.ALWAYS);
    list.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, prompt) -> {
              words.setText(prompt == null ? "" : prompt.text());
              if (prompt != null) {
                reveal(prompt, revealLink, revealTerm, revealClaim);
              }
            });

    words.setId("prompts-words");
    words.setWrapText(true);
    words.setPrefRowCount(4);
    words.setPromptText(Messages.get("prompts.words.hint"));
    words.setAccessibleText(Messages.get("prompts.words.name"));
    words.setAccessibleHelp(Messages.get("a11y.prompts.words"));
    words.addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
            keepWords();
            e.consume();
          }
        });

    Button keep = button("prompts-keep", Messages.get("prompts.keep"), this::keepWords);
    keep.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
    Button add = button("prompts-add", Messages.get("prompts.add"), this::addWords);
    Button up = button("prompts-up", Messages.get("prompts.up"), () -> moveSelected(-1));
    Button down = button("prompts-down", Messages.get("prompts.down"), () -> moveSelected(1));
    Button delete = button("prompts-delete", Messages.get("prompts.delete"), this::deleteSelected);
    keep.setAccessibleHelp(Messages.get("a11y.prompts.keep"));
    add.setAccessibleHelp(Messages.get("a11y.prompts.add"));
    up.setAccessibleHelp(Messages.get("a11y.prompts.up"));
    down.setAccessibleHelp(Messages.get("a11y.prompts.down"));
    delete.setAccessibleHelp(Messages.get("a11y.prompts.delete"));
    for (Button b : new Button[] {up, down, delete}) {
      b.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
    }
    FlowPane editing = new FlowPane(6, 6, keep, add);
    FlowPane ordering = new FlowPane(6, 6, up, down, delete);
    setPadding(new Insets(0));
    getChildren().addAll(make, status, list, ordering, words, editing);
  }

  /** Lists the prompts of the comparison on screen. */
  void refresh() {
    Prompt selected = list.getSelectionModel().getSelectedItem();
    model.refresh();
    if (selected != null) {
      select(selected.id());
    }
  }

  private Button button(String id, String text, Runnable action) {
    Button b = new Button(text);
    b.setId(id);
    b.setOnAction(e -> action.run());
    return b;
  }

  private void keepWords() {
    Prompt selected = list.getSelectionModel().getSelectedItem();
    if (selected != null) {
      model.reword(selected.id(), words.getText());
      select(selected.id());
    }
  }

  private void addWords() {
    Optional<Prompt> added =
        model.add(words.getText(), Optional.ofNullable(list.getSelectionModel().getSelectedItem()));
    added.ifPresent(p -> select(p.id()));
  }

  private void moveSelected(int steps) {
    Prompt selected = list.getSelectionModel().getSelectedItem();
    if (selected != null) {
      model.move(selected.id(), steps);
      select(selected.id());
    }
  }

  private void deleteSelected() {
    Prompt selected = list.getSelectionModel().getSelectedItem();
    if (selected != null) {
      int index = list.getSelectionModel().getSelectedIndex();
      model.remove(selected.id());
      if (!model.prompts().isEmpty()) {
        list.getSelectionModel().select(Math.min(index, model.prompts().size() - 1));
      }
    }
  }

  private void select(String id) {
    for (int i = 0; i < model.prompts().size(); i++) {
      if (model.prompts().get(i).id().equals(id)) {
        list.getSelectionModel().select(i);
        list.scrollTo(i);
        return;
      }
    }
  }

  private void reveal(
      Prompt prompt,
      Consumer<Link> revealLink,
      Consumer<TermTag> revealTerm,
      Consumer<Claim> revealClaim) {
    Comparison c = tagging.session().currentProperty().get();
    if (c == null) {
      return;
    }
    for (String id : prompt.about()) {
      Optional<Link> link = c.links().stream().filter(l -> l.id().equals(id)).findFirst();
      if (link.isPresent()) {
        tagging.focus(link.get());
        revealLink.accept(link.get());
        return;
      }
      Optional<TermTag> term = c.terms().stream().filter(t -> t.id().equals(id)).findFirst();
      if (term.isPresent()) {
        tagging.selectTerm(term.get());
        revealTerm.accept(term.get());
        return;
      }
      Optional<Claim> claim = c.claim(id);
      if (claim.isPresent()) {
        revealClaim.accept(claim.get());
        return;
      }
    }
  }

  private static final class PromptCell extends ListCell<Prompt> {
    @Override
    protected void updateItem(Prompt prompt, boolean empty) {
      super.updateItem(prompt, empty);
      if (empty || prompt == null) {
        setText(null);
        return;
      }
      String origin =
          prompt.handWritten()
              ? Messages.get("prompts.origin.own")
              : prompt.edited()
                  ? Messages.get("prompts.origin.edited")
                  : Messages.get("prompts.origin.made");
      String about = prompt.about().isEmpty() ? "" : " \u00b7 " + about(prompt);
      setText(prompt.id() + "  " + prompt.text() + "\n" + origin + about);
      setWrapText(true);
      setPrefWidth(0);
    }

    private static String about(Prompt prompt) {
      int shown = Math.min(3, prompt.about().size());
      String ids = String.join(", ", prompt.about().subList(0, shown));
      return prompt.about().size() > shown ? ids + ", \u2026" : ids;
    }
  }
}
