package org.parallax.ui.tag;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.parallax.framing.Term;
import org.parallax.model.Side;
import org.parallax.model.TagKind;
import org.parallax.ui.Messages;
import org.parallax.ui.Styles;

/**
 * The Words tab: the words each essay prefers, one list per side under its name with equal room,
 * each row the word, a bar as long as its |z|, its z-score and how often each essay uses it.
 * Picking a word (click or arrow keys) shows it in both essays; T or the button tags it everywhere
 * with the chosen frame; P or Pair tags and pairs the word picked in each list.
 */
public final class DistinctiveWordsPanel extends VBox {
  static final String ID = "words-panel";

  /** How wide the bar of the most distinctive word is. */
  private static final double BAR = 48;

  private final DistinctiveWordsViewModel words;
  private final ListView<Term> listA;
  private final ListView<Term> listB;
  private boolean syncing;

  public DistinctiveWordsPanel(DistinctiveWordsViewModel words) {
    this.words = words;
    setId(ID);
    getStyleClass().add(Styles.SIDE_PANEL_TAB);
    setSpacing(6);

    Label status = new Label();
    status.setId("words-status");
    status.setWrapText(true);
    status.textProperty().bind(words.statusProperty());
    status.visibleProperty().bind(words.statusProperty().isNotEmpty());
    status.managedProperty().bind(status.visibleProperty());

    listA = list(Side.A);
    listB = list(Side.B);
    VBox sideA = side(Side.A, listA);
    VBox sideB = side(Side.B, listB);
    getChildren().addAll(status, sideA, sideB, controls());

    words.currentProperty().addListener((o, was, now) -> showPicks());
    words.pickedProperty(Side.A).addListener((o, was, now) -> showPicks());
    words.pickedProperty(Side.B).addListener((o, was, now) -> showPicks());
  }

  private VBox side(Side side, ListView<Term> list) {
    Label heading = new Label();
    heading.setId("words-heading-" + id(side));
    heading.getStyleClass().add(Styles.WORDS_HEADING);
    heading.setWrapText(true);
    heading.textProperty().bind(Bindings.format(Messages.get("words.heading", "%s"), name(side)));
    heading.setLabelFor(list);
    Tooltip tip = new Tooltip(Messages.get("words.heading.tooltip"));
    tip.setWrapText(true);
    tip.setMaxWidth(360);
    heading.setTooltip(tip);
    VBox box = new VBox(2, heading, list);
    VBox.setVgrow(list, Priority.ALWAYS);
    VBox.setVgrow(box, Priority.ALWAYS);
    return box;
  }

  private javafx.beans.property.ReadOnlyStringProperty name(Side side) {
    return words.nameProperty(side);
  }

  private ListView<Term> list(Side side) {
    ListView<Term> list = new ListView<>(words.list(side));
    list.setId("words-list-" + id(side));
    list.accessibleTextProperty()
        .bind(Bindings.format(Messages.get("words.list.name", "%s"), name(side)));
    list.setTooltip(new Tooltip(Messages.get("words.list.tooltip")));
    // Both lists get the same height, whatever their length: neither side comes first.
    list.setPrefHeight(160);
    list.setMinHeight(60);
    list.setCellFactory(v -> new WordCell());
    list.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, was, term) -> {
              if (!syncing) {
                words.pick(side, term);
              }
            });
    // Clicking the word already chosen shows it again (after the highlights were cleared).
    list.setOnMouseClicked(
        e -> {
          Term term = list.getSelectionModel().getSelectedItem();
          if (term != null && words.currentProperty().get() != side) {
            words.pick(side, term);
          }
        });
    list.addEventHandler(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.isShortcutDown() || e.isAltDown()) {
            return;
          }
          if (e.getCode() == KeyCode.T) {
            words.promote();
            e.consume();
          } else if (e.getCode() == KeyCode.P) {
            words.pair();
            e.consume();
          }
        });
    Label none = new Label();
    none.setWrapText(true);
    // The status above the lists says why both are empty; a placeholder speaks only for its side.
    none.textProperty()
        .bind(
            Bindings.when(words.statusProperty().isEmpty())
                .then(Messages.get("words.sideNone"))
                .otherwise(""));
    list.setPlaceholder(none);
    list.getItems().addListener((ListChangeListener<Term>) c -> list.refresh());
    return list;
  }

  private VBox controls() {
    ComboBox<TagKind> frame = new ComboBox<>(words.frames());
    frame.setId("words-frame");
    frame.setMaxWidth(Double.MAX_VALUE);
    frame.setAccessibleText(Messages.get("words.frame.name"));
    frame.setTooltip(new Tooltip(Messages.get("words.frame.tooltip")));
    frame.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(TagKind kind) {
            return kind == null ? "" : kind.label();
          }

          @Override
          public TagKind fromString(String text) {
            return null;
          }
        });
    frame.setCellFactory(
        v ->
            new ListCell<>() {
              @Override
              protected void updateItem(TagKind kind, boolean empty) {
                super.updateItem(kind, empty);
                setText(empty || kind == null ? null : kind.label());
              }
            });
    frame.valueProperty().bindBidirectional(words.frameProperty());

    Button promote = new Button(Messages.get("words.promote"));
    promote.setId("words-promote");
    promote.setAccessibleText(Messages.get("words.promote"));
    promote.setTooltip(new Tooltip(Messages.get("words.promote.tooltip")));
    promote.setOnAction(e -> words.promote());
    promote.disableProperty().bind(words.canPromote().not());
    Button pair = new Button(Messages.get("words.pair"));
    pair.setId("words-pair");
    pair.setAccessibleText(Messages.get("words.pair.tooltip"));
    pair.setTooltip(new Tooltip(Messages.get("words.pair.tooltip")));
    pair.setOnAction(e -> words.pair());
    pair.disableProperty().bind(words.canPair().not());
    promote.setMinWidth(Region.USE_PREF_SIZE);
    pair.setMinWidth(Region.USE_PREF_SIZE);

    Label chosen = new Label();
    chosen.setId("words-chosen");
    chosen.setWrapText(true);
    chosen
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    Messages.get(
                        "words.chosen",
                        words(words.pickedProperty(Side.A).get()),
                        words(words.pickedProperty(Side.B).get())),
                words.pickedProperty(Side.A),
                words.pickedProperty(Side.B)));
    HBox buttons = new HBox(6, promote, pair);
    buttons.setAlignment(Pos.CENTER_LEFT);
    VBox box = new VBox(4, chosen, frame, buttons);
    box.getStyleClass().add(Styles.LINK_EDITOR);
    return box;
  }

  private static String words(Term term) {
    return term == null ? "\u2014" : "\u201c" + term.term() + "\u201d";
  }

  /** Leaving the tab: the highlights go, and so do the lists' choices that made them. */
  void left() {
    words.forgetPicks();
  }

  /** Keeps each list's selection on the word the view-model has picked there. */
  private void showPicks() {
    syncing = true;
    try {
      for (Side side : Side.values()) {
        ListView<Term> list = side == Side.A ? listA : listB;
        Term picked = words.pickedProperty(side).get();
        if (picked == null) {
          list.getSelectionModel().clearSelection();
        } else if (!picked.equals(list.getSelectionModel().getSelectedItem())) {
          list.getSelectionModel().select(picked);
        }
      }
    } finally {
      syncing = false;
    }
  }

  private static String id(Side side) {
    return side.name().toLowerCase(Locale.ROOT);
  }

  private String row(Term term) {
    return Messages.get(
        "words.row",
        term.term(),
        String.format(Locale.ROOT, "%.2f", Math.abs(term.z())),
        term.countA(),
        words.nameProperty(Side.A).get(),
        term.countB(),
        words.nameProperty(Side.B).get());
  }

  private final class WordCell extends ListCell<Term> {
    private final Label word = new Label();
    private final Region bar = new Region();
    private final Label figures = new Label();
    private final HBox row = new HBox(6, word, bar, figures);

    WordCell() {
      bar.getStyleClass().add(Styles.WORDS_BAR);
      figures.getStyleClass().add(Styles.WORDS_FIGURES);
      figures.setMinWidth(Region.USE_PREF_SIZE);
      word.setMinWidth(0);
      HBox.setHgrow(word, Priority.ALWAYS);
      word.setMaxWidth(Double.MAX_VALUE);
      row.setAlignment(Pos.CENTER_LEFT);
      setPrefWidth(0);
    }

    @Override
    protected void updateItem(Term term, boolean empty) {
      super.updateItem(term, empty);
      setText(null);
      if (empty || term == null) {
        setGraphic(null);
        setTooltip(null);
        setAccessibleText(null);
        return;
      }
      word.setText(term.term());
      double largest = words.largestZ();
      double width = largest == 0 ? 0 : Math.max(2, BAR * Math.abs(term.z()) / largest);
      bar.setMinWidth(width);
      bar.setPrefWidth(width);
      bar.setMaxWidth(width);
      figures.setText(
          Messages.get(
              "words.figures",
              String.format(Locale.ROOT, "%.2f", Math.abs(term.z())),
              term.countA(),
              term.countB()));
      String described = row(term);
      setAccessibleText(described);
      setTooltip(new Tooltip(described));
      setGraphic(row);
    }
  }
}
