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
 *
 * <p>The follower only ever moves the way the leader moved, or waits. The two sides are often not
 * where the mapping puts them: the program revealed a claim on one side, or the other side led
 * until now, and the follower lands on whole paragraphs. Jumping straight to the mapped place then
 * moved the follower down while the reader scrolled up. Now it waits until the leader's place,
 * mapped, lies ahead of it in the direction the reader scrolls. The direction is the wheel's own
 * when the reader turned one: RichTextFX's estimated scroll offset can jump back as it measures
 * paragraphs, and such a jump is no move of the reader's.
 */
public final class LinkedScrolling {
  private final GenericStyledArea<?, ?, ?> left;
  private final GenericStyledArea<?, ?, ?> right;
  private final ObservableBooleanValue enabled;
  private GenericStyledArea<?, ?, ?> leader;

  /** Which way the reader last turned the wheel on the leader: 1 down, -1 up, 0 not the wheel. */
  private int wheel;

  public LinkedScrolling(
      GenericStyledArea<?, ?, ?> left,
      GenericStyledArea<?, ?, ?> right,
      ObservableBooleanValue enabled) {
    this.left = left;
    this.right = right;
    this.enabled = enabled;
    this.leader = left;
    for (GenericStyledArea<?, ?, ?> area : List.of(left, right)) {
      area.estimatedScrollYProperty()
          .addListener((obs, old, y) -> scrolled(area, (int) Math.signum(y - old)));
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
    // A wheel turned up scrolls the text towards its start: a positive delta.
    wheel =
        event instanceof ScrollEvent scroll && scroll.getDeltaY() != 0
            ? (scroll.getDeltaY() > 0 ? -1 : 1)
            : 0;
  }

  private void scrolled(GenericStyledArea<?, ?, ?> area, int direction) {
    if (area != leader || !enabled.get() || direction == 0) {
      return;
    }
    if (wheel != 0 && direction != wheel) {
      return;
    }
    GenericStyledArea<?, ?, ?> follower = area == left ? right : left;
    int paragraphs = follower.getParagraphs().size();
    if (paragraphs > 1) {
      // The same relative position, in whole paragraphs: setting the follower's estimated pixel
      // offset lands on 0 now and then while its paragraphs are not yet measured.
      int target = (int) Math.round(fraction(area) * (paragraphs - 1));
      int top = follower.firstVisibleParToAllParIndex();
      if (direction > 0 ? target > top : target < top) {
        follower.showParagraphAtTop(target);
      }
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
