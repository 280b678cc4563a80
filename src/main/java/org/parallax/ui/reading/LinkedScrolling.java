package org.parallax.ui.reading;

import java.util.List;
import javafx.beans.value.ObservableBooleanValue;
import javafx.event.Event;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.fxmisc.richtext.GenericStyledArea;

/**
 * Keeps two areas scrolled to the same relative position while {@code enabled} is true.
 *
 * <p>Only the side the reader last touched (scroll, click or key; the left one at first) leads. The
 * follower's own scroll changes never flow back: RichTextFX corrects its height estimates on later
 * layout passes, and letting those corrections lead made both sides chase each other. The same rule
 * lets the program reveal a claim on the follower without dragging the leader along.
 */
public final class LinkedScrolling {
  private final GenericStyledArea<?, ?, ?> left;
  private final GenericStyledArea<?, ?, ?> right;
  private final ObservableBooleanValue enabled;
  private GenericStyledArea<?, ?, ?> leader;

  public LinkedScrolling(
      GenericStyledArea<?, ?, ?> left,
      GenericStyledArea<?, ?, ?> right,
      ObservableBooleanValue enabled) {
    this.left = left;
    this.right = right;
    this.enabled = enabled;
    this.leader = left;
    for (GenericStyledArea<?, ?, ?> area : List.of(left, right)) {
      area.estimatedScrollYProperty().addListener((obs, old, y) -> scrolled(area));
      area.addEventFilter(ScrollEvent.ANY, e -> lead(area, e));
      area.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> lead(area, e));
      area.addEventFilter(KeyEvent.KEY_PRESSED, e -> lead(area, e));
      // The scroll bars belong to the pane around the area: pressing one leads too.
      if (area.getParent() != null) {
        area.getParent().addEventFilter(MouseEvent.MOUSE_PRESSED, e -> lead(area, e));
      }
    }
  }

  /**
   * Makes {@code area} the follower, e.g. before revealing a claim in it, so that the program's
   * scroll there does not move the other side. While both sides are held ({@link #holdBoth}) they
   * stay so: neither may drag the other away from the claim just revealed in it.
   */
  public void hold(GenericStyledArea<?, ?, ?> area) {
    if (leader != null) {
      leader = area == left ? right : left;
    }
  }

  /**
   * Lets neither side lead until the reader next scrolls, clicks or types in one, e.g. while the
   * program reveals a link's claims on both sides: each side's scroll lands a frame or two later,
   * and must not drag the other side away from its own claim.
   */
  public void holdBoth() {
    leader = null;
  }

  private void lead(GenericStyledArea<?, ?, ?> area, Event event) {
    leader = area;
  }

  private void scrolled(GenericStyledArea<?, ?, ?> area) {
    if (area != leader || !enabled.get()) {
      return;
    }
    GenericStyledArea<?, ?, ?> follower = area == left ? right : left;
    int paragraphs = follower.getParagraphs().size();
    if (paragraphs > 1) {
      // The same relative position, in whole paragraphs: setting the follower's estimated pixel
      // offset lands on 0 now and then while its paragraphs are not yet measured.
      follower.showParagraphAtTop((int) Math.round(fraction(area) * (paragraphs - 1)));
    }
  }

  private static double fraction(GenericStyledArea<?, ?, ?> area) {
    double range = scrollRange(area);
    double y = area.estimatedScrollYProperty().getValue();
    return range <= 0 ? 0 : Math.min(1, Math.max(0, y / range));
  }

  private static double scrollRange(GenericStyledArea<?, ?, ?> area) {
    return area.totalHeightEstimateProperty().getOrElse(0.0) - area.getViewportHeight();
  }
}
