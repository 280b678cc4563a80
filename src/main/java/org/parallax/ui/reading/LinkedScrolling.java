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
 * <p>While the reader scrolls (wheel, scroll bar, keys), the follower only ever moves the way the
 * reader scrolls, or waits. The two sides are often not where the mapping puts them (the program
 * revealed a claim on one side, or the other side led until now, and the follower lands on whole
 * paragraphs); jumping straight to the mapped place then moved the follower down while the reader
 * scrolled up. Now, when the mapped place lies behind, the follower waits until the leader's motion
 * carries the mapped place past it. The program's own alignments (at open, on revealing a claim,
 * and the estimate corrections that follow them until the reader next acts) still move the follower
 * either way.
 */
public final class LinkedScrolling {
  private final GenericStyledArea<?, ?, ?> left;
  private final GenericStyledArea<?, ?, ?> right;
  private final ObservableBooleanValue enabled;
  private GenericStyledArea<?, ?, ?> leader;

  /**
   * Which way the reader is scrolling the leader: {@link #SHOWN} while no reader acted since the
   * program last placed the sides, {@link #MOTION} when the reader's own motion tells (scroll bar,
   * click, most keys), 1 towards the end and -1 towards the start when the input says so (wheel,
   * paging keys). The wheel's sign is taken from the wheel itself: RichTextFX's estimated offset
   * can jump back as it measures paragraphs, and such a jump is no move of the reader's.
   */
  private int scrolling = SHOWN;

  private static final int SHOWN = 0;
  private static final int MOTION = 2;

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
    scrolling = SHOWN;
  }

  /**
   * Lets neither side lead until the reader next scrolls, clicks or types in one, e.g. while the
   * program reveals a link's claims on both sides: each side's scroll lands a frame or two later,
   * and must not drag the other side away from its own claim.
   */
  public void holdBoth() {
    leader = null;
    scrolling = SHOWN;
  }

  private void lead(GenericStyledArea<?, ?, ?> area, Event event) {
    leader = area;
    scrolling = direction(event);
  }

  /** The way {@code event} scrolls its area, as far as the event itself tells. */
  private static int direction(Event event) {
    if (event instanceof ScrollEvent scroll && scroll.getDeltaY() != 0) {
      // A wheel turned up scrolls the text towards its start: a positive delta.
      return scroll.getDeltaY() > 0 ? -1 : 1;
    }
    if (event instanceof KeyEvent key) {
      return switch (key.getCode()) {
        case PAGE_UP, KP_UP, UP, HOME -> -1;
        case PAGE_DOWN, KP_DOWN, DOWN, END -> 1;
        default -> MOTION;
      };
    }
    return MOTION;
  }

  private void scrolled(GenericStyledArea<?, ?, ?> area, int motion) {
    if (area != leader || !enabled.get()) {
      return;
    }
    int way = scrolling == MOTION ? motion : scrolling;
    GenericStyledArea<?, ?, ?> follower = area == left ? right : left;
    int paragraphs = follower.getParagraphs().size();
    if (paragraphs > 1) {
      // The same relative position, in whole paragraphs: setting the follower's estimated pixel
      // offset lands on 0 now and then while its paragraphs are not yet measured.
      int target = (int) Math.round(fraction(area) * (paragraphs - 1));
      int top = follower.firstVisibleParToAllParIndex();
      if (scrolling == SHOWN || (way > 0 ? target > top : way < 0 && target < top)) {
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
