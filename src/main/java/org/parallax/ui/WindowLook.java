package org.parallax.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A window the app opens beside the main one (the summary, Compare annotators) wears the main
 * window's look and keeps wearing it while it shows: the main window's stylesheets (parallax.css,
 * the relation colours of the codebook on screen) under its own, the light, dark or high-contrast
 * look the reader chose in the View menu and the window's font size, changed at once when the
 * reader changes them. Listening stops while the window is hidden, so a closed window costs the
 * main one nothing.
 */
public final class WindowLook {
  private final Stage stage;
  private final Window owner;
  private final Consumer<Theme.Look> onLook;
  private final List<String> ownSheets;
  private final InvalidationListener ownerChanged = o -> sync();
  private Theme.Look ownerLook;

  private WindowLook(
      Stage stage, Window owner, Consumer<Theme.Look> onLook, List<String> ownSheets) {
    this.stage = stage;
    this.owner = owner;
    this.onLook = onLook;
    this.ownSheets = List.copyOf(ownSheets);
  }

  /**
   * Dresses {@code stage}'s scene like {@code owner}'s, {@code ownSheets} after the owner's
   * stylesheets, and keeps it so while the stage shows.
   */
  public static void follow(Stage stage, Window owner, String... ownSheets) {
    follow(stage, owner, look -> Theme.dress(stage.getScene(), look), ownSheets);
  }

  /**
   * As {@link #follow(Stage, Window, String...)}, but the owner's look (when the stage shows, and
   * each time the reader changes it) goes to {@code onLook}, which dresses the scene itself: a
   * window with looks of its own (presentation mode) starts from the owner's and follows its
   * changes.
   */
  public static void follow(
      Stage stage, Window owner, Consumer<Theme.Look> onLook, String... ownSheets) {
    if (owner == null || owner.getScene() == null) {
      return;
    }
    WindowLook look = new WindowLook(stage, owner, onLook, List.of(ownSheets));
    look.sync();
    stage.showingProperty().addListener((o, was, showing) -> look.listen(showing));
    if (stage.isShowing()) {
      look.listen(true);
    }
  }

  /** The look {@code scene} wears, as {@link Theme#dress} marked it on its root. */
  public static Theme.Look of(Scene scene) {
    List<String> classes = scene.getRoot().getStyleClass();
    if (classes.contains(Theme.HIGH_CONTRAST)) {
      return Theme.Look.HIGH_CONTRAST;
    }
    return classes.contains(Styles.DARK) ? Theme.Look.DARK : Theme.Look.LIGHT;
  }

  private void listen(boolean showing) {
    if (showing) {
      sync();
      owner.getScene().getRoot().getStyleClass().addListener(ownerChanged);
      owner.getScene().getStylesheets().addListener(ownerChanged);
      owner.getScene().getRoot().styleProperty().addListener(ownerChanged);
    } else {
      stop();
    }
  }

  private void stop() {
    owner.getScene().getRoot().getStyleClass().removeListener(ownerChanged);
    owner.getScene().getStylesheets().removeListener(ownerChanged);
    owner.getScene().getRoot().styleProperty().removeListener(ownerChanged);
  }

  private void sync() {
    Scene scene = stage.getScene();
    Scene ownerScene = owner.getScene();
    if (scene == null || ownerScene == null) {
      return;
    }
    List<String> sheets = new ArrayList<>(ownerScene.getStylesheets());
    sheets.remove(Theme.HIGH_CONTRAST_SHEET);
    sheets.addAll(ownSheets);
    Theme.Look worn = of(scene);
    if (!withoutLookSheet(scene).equals(sheets)) {
      scene.getStylesheets().setAll(sheets);
      Theme.dress(scene, worn);
    }
    // The main window's root style is its font size; the window's own root has none of its own.
    String font = ownerScene.getRoot().getStyle();
    if (!font.equals(scene.getRoot().getStyle())) {
      scene.getRoot().setStyle(font);
    }
    Theme.Look now = of(ownerScene);
    if (now != ownerLook) {
      ownerLook = now;
      onLook.accept(now);
    }
  }

  private static List<String> withoutLookSheet(Scene scene) {
    List<String> sheets = new ArrayList<>(scene.getStylesheets());
    sheets.remove(Theme.HIGH_CONTRAST_SHEET);
    return sheets;
  }
}
