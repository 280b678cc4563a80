package org.parallax.ui.reading;

import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.parallax.ingest.BundledSeed;
import org.parallax.ui.Messages;
import org.parallax.ui.Styles;

/**
 * What an empty side shows: which essay belongs here (when the seed is opposite) and the three ways
 * to bring it in: open a file, paste, or drop.
 */
final class EmptyCounterpart extends VBox {
  private final Label expected = new Label();

  EmptyCounterpart(String idPrefix, Runnable open, Runnable paste) {
    getStyleClass().add(Styles.EMPTY_STATE);
    Label title = new Label(Messages.get("empty.title"));
    title.getStyleClass().add(Styles.EMPTY_TITLE);
    expected.getStyleClass().add(Styles.EMPTY_DETAIL);
    expected.setWrapText(true);
    Label hint = new Label(Messages.get("empty.hint"));
    hint.getStyleClass().add(Styles.EMPTY_DETAIL);
    hint.setWrapText(true);
    Button openButton = new Button(Messages.get("empty.open"));
    openButton.setId(idPrefix + "-empty-open");
    openButton.setDefaultButton(true);
    openButton.setOnAction(e -> open.run());
    openButton.setAccessibleHelp(Messages.get("action.open.tooltip"));
    Button pasteButton = new Button(Messages.get("empty.paste"));
    pasteButton.setId(idPrefix + "-empty-paste");
    pasteButton.setOnAction(e -> paste.run());
    pasteButton.setAccessibleHelp(Messages.get("action.paste.tooltip"));
    HBox buttons = new HBox(10, openButton, pasteButton);
    buttons.getStyleClass().add(Styles.EMPTY_BUTTONS);
    Label drop = new Label(Messages.get("empty.drop"));
    drop.getStyleClass().add(Styles.EMPTY_DETAIL);
    getChildren().addAll(title, expected, buttons, hint, drop);
    setMaxWidth(Double.MAX_VALUE);
  }

  void expect(Optional<BundledSeed.Counterpart> counterpart) {
    expected.setText(
        counterpart
            .map(c -> Messages.get("empty.expected", c.title(), c.perspective(), c.publisher()))
            .orElse(Messages.get("empty.expectedAny")));
  }

  String expectedText() {
    return expected.getText();
  }
}
