package org.parallax.ui.support;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;

/**
 * Keeps a split pane's first divider where a rule places it for the pane's width, instead of where
 * the last resize left it, so a window made small and large again looks as it did. When the reader
 * drags the divider, the rule learns the new place.
 */
public final class KeptDivider {

  /** Where the divider goes for a width, and what a drag to a position means. */
  public interface Rule {
    /** The divider's position (0 to 1) in a pane {@code width} wide. */
    double position(double width);

    /** The reader dragged the divider to {@code position} in a pane {@code width} wide. */
    void dragged(double position, double width);
  }

  private final SplitPane pane;
  private final Rule rule;
  private boolean dragging;
  private boolean placing;

  private KeptDivider(SplitPane pane, Rule rule) {
    this.pane = pane;
    this.rule = rule;
  }

  /** Keeps {@code pane}'s first divider by {@code rule} from now on. */
  public static KeptDivider keep(SplitPane pane, Rule rule) {
    KeptDivider kept = new KeptDivider(pane, rule);
    kept.install();
    return kept;
  }

  private void install() {
    pane.addEventFilter(
        MouseEvent.MOUSE_PRESSED, e -> dragging = e.getTarget() instanceof Node n && onDivider(n));
    pane.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> dragging = false);
    ChangeListener<Number> moved =
        (o, was, now) -> {
          if (dragging && !placing && pane.getWidth() > 0) {
            rule.dragged(now.doubleValue(), pane.getWidth());
          }
        };
    Runnable watch =
        () -> {
          if (!pane.getDividers().isEmpty()) {
            pane.getDividers().get(0).positionProperty().removeListener(moved);
            pane.getDividers().get(0).positionProperty().addListener(moved);
          }
          place();
        };
    pane.getItems().addListener((ListChangeListener<Node>) c -> watch.run());
    // After the pane's own layout, which keeps the items' old widths as far as it can.
    pane.widthProperty().addListener((o, was, now) -> Platform.runLater(this::place));
    watch.run();
  }

  /** Puts the divider where the rule says for the pane's width now. */
  public void place() {
    if (pane.getDividers().isEmpty() || pane.getWidth() <= 0) {
      return;
    }
    placing = true;
    try {
      pane.setDividerPosition(0, rule.position(pane.getWidth()));
    } finally {
      placing = false;
    }
  }

  private boolean onDivider(Node node) {
    for (Node n = node; n != null && n != pane; n = n.getParent()) {
      if (n.getStyleClass().contains("split-pane-divider")) {
        return true;
      }
    }
    return false;
  }
}
