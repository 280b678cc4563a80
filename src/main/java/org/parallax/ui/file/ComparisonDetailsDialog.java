package org.parallax.ui.file;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.parallax.ui.Messages;
import org.parallax.ui.Styles;

/** Asks for the comparison's title and the name of the reader who made it. */
final class ComparisonDetailsDialog extends Dialog<FileViewModel.ComparisonDetails> {

  ComparisonDetailsDialog(Window owner, String title, String annotator) {
    initOwner(owner);
    setTitle(Messages.get("comparison.details.title"));
    setHeaderText(Messages.get("comparison.details.header"));
    TextField titleField = new TextField(title);
    titleField.setId("comparison-title");
    titleField.setAccessibleHelp(Messages.get("comparison.details.header"));
    titleField.setPrefColumnCount(40);
    TextField annotatorField = new TextField(annotator);
    annotatorField.setId("comparison-annotator");
    annotatorField.setAccessibleHelp(Messages.get("a11y.comparison.annotator"));
    GridPane grid = new GridPane();
    grid.setHgap(8);
    grid.setVgap(8);
    grid.addRow(0, labelFor(Messages.get("comparison.details.titleLabel"), titleField), titleField);
    grid.addRow(
        1, labelFor(Messages.get("comparison.details.annotator"), annotatorField), annotatorField);
    getDialogPane().setContent(grid);
    getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
    Styles.dressLike(getDialogPane(), owner);
    setResultConverter(
        button ->
            button == ButtonType.OK
                ? new FileViewModel.ComparisonDetails(
                    titleField.getText(), annotatorField.getText())
                : null);
  }

  /** A label that names {@code field} for screen readers too. */
  private static Label labelFor(String text, TextField field) {
    Label label = new Label(text);
    label.setLabelFor(field);
    return label;
  }
}
