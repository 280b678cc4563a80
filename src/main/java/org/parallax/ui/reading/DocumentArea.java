package org.parallax.ui.reading;

import java.util.List;
import java.util.Optional;
import javafx.animation.AnimationTimer;
import javafx.geometry.Bounds;
import org.fxmisc.richtext.Caret.CaretVisibility;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.TwoDimensional.Bias;
import org.parallax.model.Document;
import org.parallax.ui.Styles;

/**
 * A read-only rich text area holding a document's cleaned text character for character, so that
 * claim and tag offsets index it directly. Styles come from {@link StyledRange}s: block kinds,
 * claim bands, selection and partners.
 */
public final class DocumentArea extends StyleClassedTextArea {
  /** The scroll correction of the latest reveal, until it has run. */
  private AnimationTimer pendingReveal;

  /** The ranges last applied, to find what a new highlight changes; null when none are. */
  private List<StyledRange> shown;

  /** The length of the text {@link #shown} was applied to. */
  private int shownLength;

  DocumentArea() {
    setEditable(false);
    setWrapText(true);
    getStyleClass().add(Styles.DOCUMENT_AREA);
    // Keep the caret so keyboard selection works in a read-only area.
    setShowCaret(CaretVisibility.ON);
  }

  void show(Document document) {
    if (document == null) {
      shown = null;
      clear();
      return;
    }
    shown = null;
    replaceText(document.text());
    moveTo(0);
    // Not requestFollowCaret() or showParagraphAtTop(0): RichTextFX applies those on a later
    // layout pass, which would undo a scroll the reader (or linked scrolling) made in between.
    estimatedScrollYProperty().setValue(0.0);
  }

  /**
   * Replaces every style of the text with {@code ranges}. Only the stretch that the changed ranges
   * cover is handed to RichTextFX (see {@link RangeDiff}): re-styling a whole book-length essay for
   * one new term costs far more than the term's own paragraph, and so does flattening the whole
   * essay into style runs to find out what changed.
   */
  void highlight(List<StyledRange> ranges) {
    int length = getLength();
    if (length == 0) {
      return;
    }
    if (shown == null || shownLength != length) {
      setStyleSpans(0, StyleRuns.of(length, ranges));
    } else {
      RangeDiff.Window changed = RangeDiff.changed(shown, ranges);
      if (changed != null) {
        RangeDiff.Window window =
            new RangeDiff.Window(
                Math.max(0, changed.from()), Math.max(0, Math.min(length, changed.to())));
        if (window.length() > 0) {
          setStyleSpans(
              window.from(), StyleRuns.of(window.length(), RangeDiff.within(ranges, window)));
        }
      }
    }
    shown = List.copyOf(ranges);
    shownLength = length;
  }

  /**
   * Screen bounds of {@code [start, end)} when on screen. RichTextFX throws while its list of
   * visible paragraphs is being rebuilt mid-layout; that counts as "not known yet" here.
   */
  public Optional<Bounds> boundsOnScreen(int start, int end) {
    try {
      return getCharacterBoundsOnScreen(start, end);
    } catch (IllegalArgumentException | IndexOutOfBoundsException midLayout) {
      return Optional.empty();
    }
  }

  /** Indexes of the first and last paragraph on screen, when known (see above). */
  public Optional<int[]> visibleParagraphRange() {
    try {
      int count = getVisibleParagraphs().size();
      if (count == 0) {
        return Optional.empty();
      }
      return Optional.of(
          new int[] {visibleParToAllParIndex(0), visibleParToAllParIndex(count - 1)});
    } catch (IllegalArgumentException | IndexOutOfBoundsException midLayout) {
      return Optional.empty();
    }
  }

  /**
   * Scrolls so that the text at {@code offset} sits at {@code screenY}, level with a claim on the
   * other side. RichTextFX only knows where a paragraph lands after a layout pass, so the fine
   * adjustment waits two frames.
   */
  /**
   * Lays every shown paragraph out again, keeping the reader's place. After a theme change the view
   * may keep line heights measured before it and draw one paragraph over the next.
   */
  public void relayout() {
    int top = firstVisibleParToAllParIndex();
    setWrapText(false);
    setWrapText(true);
    showParagraphAtTop(top);
  }

  /** Whether a reveal is still on its way: the text is not yet where it will settle. */
  boolean isRevealing() {
    return pendingReveal != null;
  }

  void revealLevel(int offset, double screenY) {
    int paragraph = offsetToPosition(offset, Bias.Forward).getMajor();
    showParagraphAtTop(paragraph);
    // One correction at a time: two in the same frame would both read the old layout and scroll
    // twice as far.
    if (pendingReveal != null) {
      pendingReveal.stop();
    }
    pendingReveal =
        new AnimationTimer() {
          private int frames;

          @Override
          public void handle(long now) {
            frames++;
            if (frames == 2) {
              Bounds area = localToScreen(getBoundsInLocal());
              boundsOnScreen(offset, Math.min(getLength(), offset + 1))
                  .ifPresent(b -> scrollYBy(b.getMinY() - Math.max(screenY, area.getMinY())));
            } else if (frames == 4) {
              stop();
              pendingReveal = null;
              // Near the end of a text the view cannot put the line where asked, and its height
              // estimates may carry it past: then it settles for the line being in view at all.
              if (!shows(offset)) {
                showParagraphInViewport(paragraph);
              }
            }
          }
        };
    pendingReveal.start();
  }

  /** Whether the line holding {@code offset} lies within the view. */
  private boolean shows(int offset) {
    Bounds area = localToScreen(getBoundsInLocal());
    Optional<Bounds> line = boundsOnScreen(offset, Math.min(getLength(), offset + 1));
    return area != null
        && line.isPresent()
        && line.get().getMinY() >= area.getMinY()
        && line.get().getMaxY() <= area.getMinY() + getViewportHeight();
  }

  /**
   * Scrolls so that the line holding {@code offset} sits a third of the way down the view, even
   * inside a paragraph taller than the view. A line already in view stays where it is, so the text
   * the reader just clicked never jumps away.
   */
  void reveal(int offset) {
    Bounds area = isVisible() ? localToScreen(getBoundsInLocal()) : null;
    if (area == null) {
      showParagraphAtCenter(offsetToPosition(offset, Bias.Forward).getMajor());
      return;
    }
    // A reveal still on its way has moved the text only for now: that is no sign of being in view.
    if (pendingReveal == null && shows(offset)) {
      return;
    }
    revealLevel(offset, area.getMinY() + getViewportHeight() / 3);
  }
}
