package org.parallax.ui.tour;

import javafx.scene.AccessibleRole;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.parallax.ui.Messages;
import org.parallax.ui.Theme;

/**
 * The first-start tour: a small window over the main one, one step at a time. Enter goes on, Esc
 * skips, Back and Next are buttons Tab reaches; the Next button, which has the focus, carries the
 * whole step as its accessible text so a screen reader reads it at each step.
 */
public final class TourWindow {
  private final Stage stage = new Stage(StageStyle.UTILITY);

  /**
   * @param owner the main window, whose stylesheets, look and font size the tour wears
   */
  public TourWindow(Stage owner, TourModel model, Theme.Look look) {
    stage.initOwner(owner);
    stage.initModality(Modality.WINDOW_MODAL);
    stage.setTitle(Messages.get("tour.title"));
    Label position = new Label();
    position.setId("tour-position");
    position.getStyleClass().add("tour-position");
    position.textProperty().bind(model.positionProperty());
    Label title = new Label();
    title.setId("tour-title");
    title.getStyleClass().add("tour-title");
    title.setWrapText(true);
    title.textProperty().bind(model.titleProperty());
    Label body = new Label();
    body.setId("tour-body");
    body.getStyleClass().add("tour-body");
    body.setWrapText(true);
    body.textProperty().bind(model.bodyProperty());
    Button back = new Button(Messages.get("tour.back"));
    back.setId("tour-back");
    back.disableProperty().bind(model.firstProperty());
    back.setOnAction(e -> model.back());
    Button next = new Button();
    next.setId("tour-next");
    next.setDefaultButton(true);
    next.textProperty()
        .bind(
            javafx.beans.binding.Bindings.when(model.lastProperty())
                .then(Messages.get("tour.done"))
                .otherwise(Messages.get("tour.next")));
    next.setOnAction(e -> model.next());
    Button skip = new Button(Messages.get("tour.skip"));
    skip.setId("tour-skip");
    skip.setCancelButton(true);
    skip.setOnAction(e -> model.skip());
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox buttons = new HBox(8, skip, spacer, back, next);
    buttons.getStyleClass().add("tour-buttons");
    VBox root = new VBox(position, title, body, buttons);
    root.setId("tour");
    root.getStyleClass().add("tour");
    VBox.setVgrow(body, Priority.ALWAYS);
    root.setAccessibleRole(AccessibleRole.PARENT);
    root.setAccessibleText(Messages.get("tour.title"));
    Runnable speak =
        () -> {
          next.setAccessibleText(next.getText() + ". " + model.spoken());
          next.requestFocus();
        };
    model.indexProperty().addListener((o, was, now) -> speak.run());
    model.finishedProperty().addListener((o, was, done) -> stage.close());
    Scene scene = new Scene(root);
    scene.getStylesheets().setAll(owner.getScene().getStylesheets());
    root.setStyle(owner.getScene().getRoot().getStyle());
    Theme.dress(scene, look);
    stage.setScene(scene);
    stage.setOnShown(e -> speak.run());
    stage.setOnHidden(e -> model.skip());
  }

  /** Shows the tour; returns at once. */
  public void show() {
    stage.show();
  }

  /** Whether the tour is on screen. */
  public boolean isShowing() {
    return stage.isShowing();
  }
}
