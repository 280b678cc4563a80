package org.parallax.ui.reading;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.parallax.model.Document;
import org.parallax.model.RemovedPassage;
import org.parallax.ui.Messages;
import org.parallax.ui.SideModel;
import org.parallax.ui.Styles;

/** Lists what cleaning took out of one essay, each passage under the reason it was removed. */
final class RemovedTextDialog extends Dialog<Void> {

  RemovedTextDialog(Window owner, SideModel side) {
    initOwner(owner);
    Document document = side.document();
    String title = document == null ? "" : document.metadata().title();
    setTitle(Messages.get("removed.title", title));
    VBox list = new VBox(10);
    list.setId("removed-list");
    if (!side.isCleaning()) {
      list.getChildren().add(new Label(Messages.get("removed.off")));
    } else if (document == null || document.removed().isEmpty()) {
      list.getChildren().add(new Label(Messages.get("removed.none")));
    } else {
      list.getChildren().add(new Label(Messages.get("removed.header", document.removed().size())));
      for (RemovedPassage passage : document.removed()) {
        Label reason = new Label(passage.reason());
        reason.getStyleClass().add(Styles.REMOVED_REASON);
        Label text = new Label(passage.text());
        text.getStyleClass().add(Styles.REMOVED_TEXT);
        text.setMaxWidth(620);
        list.getChildren().add(new VBox(2, reason, text));
      }
    }
    ScrollPane scroll = new ScrollPane(list);
    scroll.setFitToWidth(true);
    scroll.setPrefSize(680, 480);
    getDialogPane().setContent(scroll);
    getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    Styles.dressLike(getDialogPane(), owner);
  }
}
