package org.parallax.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * A band above the essays that says what went wrong, until the reader closes it or the next thing
 * goes right. It takes its own room in the layout, so it never covers the essays' headers.
 */
final class NoticeBar extends HBox {
  private final Label text = new Label();
  private Runnable onClosed = () -> {};

  NoticeBar() {
    getStyleClass().add(Styles.NOTICE_BAR);
    setId("notifications");
    setAlignment(Pos.CENTER_LEFT);
    text.setWrapText(true);
    text.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(text, Priority.ALWAYS);
    Button close = new Button("\u2715");
    close.setId("notifications-close");
    close.getStyleClass().add(Styles.NOTICE_CLOSE);
    close.setTooltip(new Tooltip(Messages.get("notice.close")));
    close.setAccessibleText(Messages.get("notice.close"));
    close.setOnAction(
        e -> {
          hide();
          onClosed.run();
        });
    getChildren().addAll(text, close);
    managedProperty().bind(visibleProperty());
    hide();
  }

  /** What happens when the reader closes the band: the message is done with. */
  void setOnClosed(Runnable action) {
    onClosed = action;
  }

  void show(String message) {
    text.setText(message);
    setVisible(true);
  }

  void hide() {
    setVisible(false);
  }

  boolean isShowing() {
    return isVisible();
  }

  String getText() {
    return text.getText();
  }
}
