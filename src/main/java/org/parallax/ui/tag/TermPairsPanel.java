package org.parallax.ui.tag;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.parallax.model.TermTag;
import org.parallax.tagging.TermPair;
import org.parallax.ui.Messages;
import org.parallax.ui.Styles;

/**
 * The term-pairs section of the terms tab: "A says X where B says Y" with counts and frames, one
 * row per pair of words; suggested pairs dimmer. Choosing a row shows the first occurrence of each
 * term in the essays; Enter or Confirm accepts a suggested pair, Delete or Unpair undoes a pair.
 */
final class TermPairsPanel extends TitledPane {
  private final TermPairsViewModel model;
  private final ListView<TermPair> list;

  TermPairsPanel(TermPairsViewModel model, Consumer<TermTag> reveal) {
    this.model = model;
    setId("term-pairs");
    setText(Messages.get("termPairs.title"));
    getStyleClass().add(Styles.TERM_PAIRS);
    list = new ListView<>(model.pairs());
    list.setId("term-pairs-list");
    list.setAccessibleText(Messages.get("termPairs.list"));
    setAccessibleHelp(Messages.get("a11y.termPairs.help"));
    list.setAccessibleHelp(Messages.get("a11y.termPairs.list"));
    // The terms list below grows and shrinks with the tab; this one keeps room for a few rows.
    list.setPrefHeight(170);
    list.setMinHeight(120);
    setMinHeight(Region.USE_PREF_SIZE);
    Label none = new Label(Messages.get("termPairs.none"));
    none.setWrapText(true);
    list.setPlaceholder(none);
    list.setCellFactory(v -> new PairCell());
    list.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, pair) -> {
              if (pair != null) {
                model.firsts(pair).forEach(reveal);
              }
            });
    list.addEventHandler(
        KeyEvent.KEY_PRESSED,
        e -> {
          TermPair pair = list.getSelectionModel().getSelectedItem();
          if (pair == null) {
            return;
          }
          if (e.getCode() == KeyCode.ENTER && !pair.confirmed()) {
            model.confirm(pair);
            e.consume();
          } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
            model.unpair(pair);
            e.consume();
          }
        });
    var chosen = list.getSelectionModel().selectedItemProperty();
    Button confirm = new Button(Messages.get("termPairs.confirm"));
    confirm.setId("term-pairs-confirm");
    confirm.setAccessibleHelp(Messages.get("a11y.termPairs.confirm"));
    confirm
        .disableProperty()
        .bind(
            Bindings.createBooleanBinding(
                () -> chosen.get() == null || chosen.get().confirmed(), chosen));
    confirm.setOnAction(e -> model.confirm(chosen.get()));
    Button unpair = new Button(Messages.get("termPairs.unpair"));
    unpair.setId("term-pairs-unpair");
    unpair.setAccessibleHelp(Messages.get("a11y.termPairs.unpair"));
    unpair.disableProperty().bind(chosen.isNull());
    unpair.setOnAction(e -> model.unpair(chosen.get()));
    setContent(new VBox(4, list, new HBox(6, confirm, unpair)));
    expandedProperty()
        .addListener(
            (obs, was, now) -> {
              if (now) {
                refresh();
              }
            });
  }

  /** Lists the pairs again if they are in view and the comparison changed. */
  void refresh() {
    if (isExpanded()) {
      model.refresh();
    }
  }

  private final class PairCell extends ListCell<TermPair> {
    PairCell() {
      setAccessibleRole(AccessibleRole.LIST_ITEM);
    }

    @Override
    protected void updateItem(TermPair pair, boolean empty) {
      super.updateItem(pair, empty);
      getStyleClass().remove(Styles.TERM_PAIR_SUGGESTED);
      if (empty || pair == null) {
        setText(null);
        return;
      }
      if (!pair.confirmed()) {
        getStyleClass().add(Styles.TERM_PAIR_SUGGESTED);
      }
      setWrapText(true);
      setPrefWidth(0);
      setText(model.sentence(pair) + "\n" + model.frames(pair));
    }
  }
}
