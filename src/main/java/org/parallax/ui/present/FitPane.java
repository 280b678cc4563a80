package org.parallax.ui.present;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.layout.Region;

/**
 * Holds one slide and shrinks its type, a step at a time down to half, until the slide fits the
 * screen: a long claim is then smaller, never cut off. A slide that fits keeps the full size.
 */
final class FitPane extends Region {
  private static final double SMALLEST = 0.5;
  private static final double STEP = 0.06;

  private Parent content;
  private double fittedWidth = -1;
  private double fittedHeight = -1;
  private double scale = 1;

  FitPane() {
    getStyleClass().add("present-stage");
  }

  void show(Parent slide) {
    content = slide;
    fittedWidth = -1;
    getChildren().setAll(slide);
    requestLayout();
  }

  /** How much the slide's type was shrunk to fit: 1 when it was not. */
  double scale() {
    return scale;
  }

  @Override
  protected void layoutChildren() {
    if (content == null) {
      return;
    }
    Insets in = getInsets();
    double width = Math.max(0, getWidth() - in.getLeft() - in.getRight());
    double height = Math.max(0, getHeight() - in.getTop() - in.getBottom());
    // Fitting restyles the slide, which asks for another layout: fit again only when the room
    // changed or a new slide came, so that the second layout finds the size already settled.
    if (width != fittedWidth || height != fittedHeight) {
      fittedWidth = width;
      fittedHeight = height;
      scale = 1;
      while (true) {
        content.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.2fem;", scale));
        content.applyCss();
        if (scale - STEP < SMALLEST || content.prefHeight(width) <= height) {
          break;
        }
        scale -= STEP;
      }
    }
    double shown = Math.min(height, content.prefHeight(width));
    content.resizeRelocate(in.getLeft(), in.getTop() + (height - shown) / 2, width, shown);
  }
}
