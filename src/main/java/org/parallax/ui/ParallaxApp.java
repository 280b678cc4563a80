package org.parallax.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application: builds the main window. */
public final class ParallaxApp extends Application {

  public static void main(String[] args) {
    launch(ParallaxApp.class, args);
  }

  @Override
  public void start(Stage stage) {
    stage.setTitle("Parallax");
    stage.setScene(new Scene(new Label("Parallax"), 800, 600));
    stage.show();
  }
}
