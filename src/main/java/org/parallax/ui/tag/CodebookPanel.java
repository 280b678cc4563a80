package org.parallax.ui.tag;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.parallax.model.Comparison;
import org.parallax.model.TagKind;
import org.parallax.model.TagTarget;
import org.parallax.ui.Messages;
import org.parallax.ui.Styles;
import org.parallax.ui.support.Colours;
import org.parallax.ui.support.CommitBeforeLeaving;

/**
 * The codebook tab: the link relations and term frames in use, each with label, colour and
 * description. Kinds can be added, renamed, recoloured and deleted; deleting a kind that is in use
 * asks whether to move its tags to another kind or remove them.
 */
public final class CodebookPanel extends VBox {
  private final TaggingViewModel tagging;
  private final ListView<TagKind> kinds = new ListView<>();
  private final TextField label = new TextField();
  private final ColorPicker colour = new ColorPicker();
  private final TextArea description = new TextArea();
  private boolean syncing;

  public CodebookPanel(TaggingViewModel tagging) {
    this.tagging = tagging;
    setId("codebook-panel");
    getStyleClass().add(Styles.SIDE_PANEL_TAB);
    setSpacing(6);
    kinds.setId("codebook-list");
    kinds.setAccessibleText(Messages.get("panel.codebook"));
    kinds.setAccessibleHelp(Messages.get("a11y.codebook.list"));
    kinds.setCellFactory(v -> new KindCell());
    VBox.setVgrow(kinds, Priority.ALWAYS);
    kinds.getSelectionModel().selectedItemProperty().addListener((o, a, kind) -> show(kind));
    Button addRelation = new Button(Messages.get("codebook.addRelation"));
    addRelation.setId("codebook-add-relation");
    addRelation.setAccessibleHelp(Messages.get("a11y.codebook.addRelation"));
    addRelation.setOnAction(e -> add(TagTarget.LINK));
    Button addFrame = new Button(Messages.get("codebook.addFrame"));
    addFrame.setOnAction(e -> add(TagTarget.TERM));
    addFrame.setId("codebook-add-frame");
    addFrame.setAccessibleHelp(Messages.get("a11y.codebook.addFrame"));
    getChildren().addAll(new HBox(6, addRelation, addFrame), kinds, editor());
  }

  private VBox editor() {
    label.setId("codebook-label");
    label.setAccessibleText(Messages.get("a11y.codebook.label"));
    label.setAccessibleHelp(Messages.get("a11y.codebook.label.help"));
    label.setOnAction(e -> commitLabel());
    CommitBeforeLeaving.install(label, this::commitLabel);
    colour.setId("codebook-colour");
    colour.setAccessibleText(Messages.get("a11y.codebook.colour"));
    colour.setAccessibleHelp(Messages.get("a11y.codebook.colour.help"));
    colour.setOnAction(
        e ->
            selected()
                .filter(k -> !syncing)
                .ifPresent(
                    k ->
                        tagging.edit(
                            edits ->
                                c ->
                                    edits.recolourKind(
                                        c, k.target(), k.id(), Colours.web(colour.getValue())))));
    description.setPrefRowCount(2);
    description.setId("codebook-description");
    description.setAccessibleText(Messages.get("a11y.codebook.description"));
    description.setAccessibleHelp(Messages.get("a11y.codebook.description.help"));
    description.setWrapText(true);
    CommitBeforeLeaving.install(description, this::commitDescription);
    Button delete = new Button(Messages.get("codebook.delete"));
    delete.setId("codebook-delete");
    delete.setAccessibleHelp(Messages.get("a11y.codebook.delete"));
    delete.setOnAction(e -> selected().ifPresent(this::delete));
    VBox editor = new VBox(4, new HBox(6, label, colour), description, delete);
    HBox.setHgrow(label, Priority.ALWAYS);
    editor.getStyleClass().add(Styles.LINK_EDITOR);
    editor.disableProperty().bind(kinds.getSelectionModel().selectedItemProperty().isNull());
    return editor;
  }

  private void commitLabel() {
    selected()
        .filter(k -> !syncing && !label.getText().isBlank() && !k.label().equals(label.getText()))
        .ifPresent(
            k ->
                tagging.edit(
                    edits ->
                        c -> edits.renameKind(c, k.target(), k.id(), label.getText().strip())));
  }

  private void add(TagTarget target) {
    TextInputDialog ask = new TextInputDialog();
    ask.initOwner(getScene().getWindow());
    Styles.dressLike(ask.getDialogPane(), getScene().getWindow());
    String header =
        target == TagTarget.LINK
            ? Messages.get("codebook.addRelation")
            : Messages.get("codebook.addFrame");
    String title = header.endsWith("\u2026") ? header.substring(0, header.length() - 1) : header;
    ask.setTitle(title);
    ask.setHeaderText(title);
    ask.setContentText(Messages.get("codebook.name"));
    ask.showAndWait()
        .map(String::strip)
        .filter(name -> !name.isEmpty())
        .ifPresent(
            name ->
                tagging.edit(
                    edits ->
                        c ->
                            edits.addKind(
                                c, new TagKind(idFor(name), target, name, "#607d8b", ""))));
  }

  private void commitDescription() {
    selected()
        .filter(k -> !k.description().equals(description.getText()))
        .ifPresent(
            k ->
                tagging.edit(
                    edits ->
                        c -> edits.describeKind(c, k.target(), k.id(), description.getText())));
  }

  private void delete(TagKind kind) {
    Comparison c = tagging.session().currentProperty().get();
    long uses =
        kind.target() == TagTarget.LINK
            ? c.links().stream().filter(l -> l.relation().equals(kind.id())).count()
            : c.terms().stream().filter(t -> t.frame().equals(kind.id())).count();
    if (uses == 0) {
      tagging.edit(
          edits -> cmp -> edits.deleteKind(cmp, kind.target(), kind.id(), Optional.empty()));
      return;
    }
    boolean links = kind.target() == TagTarget.LINK;
    Map<String, Optional<String>> choices = new LinkedHashMap<>();
    String removeThem =
        links ? Messages.get("codebook.dropRelation") : Messages.get("codebook.removeTerms");
    choices.put(removeThem, Optional.empty());
    c.codebook().kinds(kind.target()).stream()
        .filter(k -> !k.id().equals(kind.id()))
        .forEach(k -> choices.put(Messages.get("codebook.become", k.label()), Optional.of(k.id())));
    List<String> answers = List.copyOf(choices.keySet());
    ChoiceDialog<String> ask = new ChoiceDialog<>(answers.get(0), answers);
    ask.initOwner(getScene().getWindow());
    Styles.dressLike(ask.getDialogPane(), getScene().getWindow());
    ask.setHeaderText(Messages.get("codebook.deleteHeader", kind.label()));
    ask.setContentText(
        links
            ? Messages.get("codebook.deleteChoiceLinks", uses)
            : Messages.get("codebook.deleteChoiceTerms", uses));
    ask.showAndWait()
        .ifPresent(
            answer ->
                tagging.edit(
                    edits ->
                        cmp ->
                            edits.deleteKind(cmp, kind.target(), kind.id(), choices.get(answer))));
  }

  /** Lists the codebook of the comparison on screen. */
  void refresh() {
    refresh(tagging.session().currentProperty().get());
  }

  private void refresh(Comparison c) {
    Optional<TagKind> keep = selected();
    syncing = true;
    try {
      // Relations first, then frames, each in the codebook's order: a relation added later is
      // listed with the other relations, not after the frames.
      kinds
          .getItems()
          .setAll(
              c == null
                  ? List.of()
                  : c.codebook().kinds().stream()
                      .sorted(Comparator.comparing(TagKind::target))
                      .toList());
      keep.flatMap(
              k ->
                  kinds.getItems().stream()
                      .filter(n -> n.id().equals(k.id()) && n.target() == k.target())
                      .findFirst())
          .ifPresent(k -> kinds.getSelectionModel().select(k));
    } finally {
      syncing = false;
    }
    show(kinds.getSelectionModel().getSelectedItem());
  }

  private void show(TagKind kind) {
    syncing = true;
    try {
      label.setText(kind == null ? "" : kind.label());
      description.setText(kind == null ? "" : kind.description());
      colour.setValue(kind == null ? Color.GRAY : Colours.parse(kind.colour(), Color.GRAY));
    } finally {
      syncing = false;
    }
  }

  private Optional<TagKind> selected() {
    return Optional.ofNullable(kinds.getSelectionModel().getSelectedItem());
  }

  /** A machine id from a label: lower case ASCII letters, digits and underscores. */
  static String idFor(String name) {
    String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    String id =
        plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    return id.isEmpty() ? "kind" : id;
  }

  private static final class KindCell extends ListCell<TagKind> {
    @Override
    protected void updateItem(TagKind kind, boolean empty) {
      super.updateItem(kind, empty);
      if (empty || kind == null) {
        setText(null);
        setGraphic(null);
        return;
      }
      String group =
          kind.target() == TagTarget.LINK
              ? Messages.get("codebook.relation")
              : Messages.get("codebook.frame");
      setText(kind.label() + "  \u00b7 " + group);
      setGraphic(new Rectangle(12, 12, Colours.parse(kind.colour(), Color.GRAY)));
    }
  }
}
