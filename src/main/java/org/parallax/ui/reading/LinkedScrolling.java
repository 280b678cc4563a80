package org.parallax.ui.reading;

import java.util.List;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.fxmisc.richtext.GenericStyledArea;

/**
 * Keeps two areas scrolled to the same relative position while {@code enabled} is true. A guard
 * stops the follower's own scroll event from echoing back to the leader.
 */
public final class LinkedScrolling {
  private final GenericStyledArea<?, ?, ?> left;
  private final GenericStyledArea<?, ?, ?> right;
  private final ObservableBooleanValue enabled;
  private boolean following;
  private GenericStyledArea<?, ?, ?> held;

  public LinkedScrolling(
      GenericStyledArea<?, ?, ?> left,
      GenericStyledArea<?, ?, ?> right,
      ObservableBooleanValue enabled) {
    this.left = left;
    this.right = right;
    this.enabled = enabled;
    left.estimatedScrollYProperty().addListener((obs, old, y) -> follow(left, right));
    right.estimatedScrollYProperty().addListener((obs, old, y) -> follow(right, left));
    for (GenericStyledArea<?, ?, ?> area : List.of(left, right)) {
      area.addEventFilter(ScrollEvent.ANY, e -> held = null);
      area.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> held = null);
      area.addEventFilter(KeyEvent.KEY_PRESSED, e -> held = null);
    }
  }

  /**
   * Lets {@code area} be scrolled by the program (to reveal a partner claim) without dragging the
   * other side along. Linking resumes with the reader's next scroll, click or key press.
   */
  public void hold(GenericStyledArea<?, ?, ?> area) {
    held = area;
  }

  private void follow(GenericStyledArea<?, ?, ?> leader, GenericStyledArea<?, ?, ?> follower) {
    if (following || !enabled.get() || leader == held) {
      return;
    }
    following = true;
    try {
      double fraction = fraction(leader);
      double range = scrollRange(follower);
      if (range > 0) {
        follower.estimatedScrollYProperty().setValue(fraction * range);
      }
    } finally {
      following = false;
    }
  }

  private static double fraction(GenericStyledArea<?, ?, ?> area) {
    double range = scrollRange(area);
    return range <= 0
        ? 0
        : Math.min(1, Math.max(0, area.estimatedScrollYProperty().getValue() / range));
  }

  private static double scrollRange(GenericStyledArea<?, ?, ?> area) {
    return area.totalHeightEstimateProperty().getOrElse(0.0) - area.getViewportHeight();
  }
}
