package org.parallax.ui.reading;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.parallax.model.DocumentMetadata;
import org.parallax.ui.Messages;
import org.parallax.ui.Styles;

/** Asks for an essay's title, authors and perspective label. */
final class DetailsDialog extends Dialog<DetailsDialog.Details> {

  /** What the reader entered. */
  record Details(String title, String authors, String perspective) {}

  DetailsDialog(Window owner, DocumentMetadata metadata) {
    initOwner(owner);
    setTitle(Messages.get("details.title"));
    TextField title = new TextField(metadata.title());
    title.setId("details-title");
    title.setAccessibleHelp(Messages.get("a11y.details.title"));
    title.setPrefColumnCount(32);
    TextField authors = new TextField(String.join(", ", metadata.authors()));
    authors.setId("details-authors");
    authors.setAccessibleHelp(Messages.get("a11y.details.authors"));
    authors.setPromptText(Messages.get("details.authors.prompt"));
    TextField perspective = new TextField(metadata.perspective());
    perspective.setId("details-perspective");
    perspective.setAccessibleHelp(Messages.get("a11y.details.perspective"));
    perspective.setPromptText(Messages.get("details.perspective.prompt"));
    GridPane grid = new GridPane();
    grid.setHgap(8);
    grid.setVgap(8);
    grid.addRow(0, labelFor(Messages.get("details.titleLabel"), title), title);
    grid.addRow(1, labelFor(Messages.get("details.authors"), authors), authors);
    grid.addRow(2, labelFor(Messages.get("details.perspective"), perspective), perspective);
    getDialogPane().setContent(grid);
    getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
    Styles.dressLike(getDialogPane(), owner);
    setResultConverter(
        button ->
            button == ButtonType.OK
                ? new Details(title.getText(), authors.getText(), perspective.getText())
                : null);
  }

  /** A label that names {@code field} for screen readers too. */
  private static Label labelFor(String text, TextField field) {
    Label label = new Label(text);
    label.setLabelFor(field);
    return label;
  }
}
