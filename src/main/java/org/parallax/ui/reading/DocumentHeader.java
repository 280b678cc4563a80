package org.parallax.ui.reading;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.parallax.model.Document;
import org.parallax.model.DocumentMetadata;
import org.parallax.ui.Messages;
import org.parallax.ui.Styles;

/** Title, byline and perspective above one essay, then that side's controls. */
final class DocumentHeader extends VBox {
  private final Label perspective = new Label();
  private final Label title = new Label();
  private final Label byline = new Label();

  DocumentHeader(Region controls) {
    getStyleClass().add(Styles.DOCUMENT_HEADER);
    perspective.getStyleClass().add(Styles.HEADER_PERSPECTIVE);
    perspective.setWrapText(true);
    title.getStyleClass().add(Styles.HEADER_TITLE);
    title.setWrapText(true);
    byline.getStyleClass().add(Styles.HEADER_BYLINE);
    byline.setWrapText(true);
    // look: a large font wraps the title and byline onto more lines; they are never squeezed back
    // to one line with an ellipsis when the header is short of height.
    for (Label label : List.of(perspective, title, byline)) {
      label.setMinHeight(Region.USE_PREF_SIZE);
    }
    // Controls sit on their own row under the byline so the title gets the full width.
    getChildren().addAll(perspective, title, byline, controls);
    setSpacing(2);
  }

  void show(Document document) {
    if (document == null) {
      perspective.setText("");
      title.setText("");
      byline.setText("");
      return;
    }
    DocumentMetadata meta = document.metadata();
    perspective.setText(
        meta.perspective().isBlank()
            ? Messages.get("header.perspective.unknown")
            : meta.perspective());
    title.setText(meta.title().isBlank() ? Messages.get("header.untitled") : meta.title());
    byline.setText(byline(meta));
    byline.setManaged(!byline.getText().isEmpty());
  }

  static String byline(DocumentMetadata meta) {
    List<String> parts = new ArrayList<>();
    if (!meta.authors().isEmpty()) {
      parts.add(Messages.get("header.by", String.join(", ", meta.authors())));
    }
    if (!meta.publisher().isBlank()) {
      parts.add(meta.publisher());
    }
    if (!meta.date().isBlank()) {
      parts.add(meta.date());
    }
    return String.join(" \u00b7 ", parts);
  }

  String titleText() {
    return title.getText();
  }
}
