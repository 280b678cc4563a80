package org.parallax.ui.reading;

import java.util.Collection;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;

/** Where two stylings of the same text first differ, from the start or from the end. */
final class StyleDiff {
  private StyleDiff() {}

  /**
   * The first character styled differently, or -1 when both are the same. Both must cover text of
   * the same length.
   */
  static int firstDifference(StyleSpans<Collection<String>> a, StyleSpans<Collection<String>> b) {
    int i = 0;
    int j = 0;
    int leftA = a.getSpanCount() > 0 ? a.getStyleSpan(0).getLength() : 0;
    int leftB = b.getSpanCount() > 0 ? b.getStyleSpan(0).getLength() : 0;
    int position = 0;
    while (i < a.getSpanCount() && j < b.getSpanCount()) {
      if (leftA == 0) {
        if (++i >= a.getSpanCount()) {
          break;
        }
        leftA = a.getStyleSpan(i).getLength();
        continue;
      }
      if (leftB == 0) {
        if (++j >= b.getSpanCount()) {
          break;
        }
        leftB = b.getStyleSpan(j).getLength();
        continue;
      }
      if (!same(a.getStyleSpan(i), b.getStyleSpan(j))) {
        return position;
      }
      int step = Math.min(leftA, leftB);
      position += step;
      leftA -= step;
      leftB -= step;
    }
    return -1;
  }

  /** How many characters at the end are styled the same in both. */
  static int firstDifferenceFromEnd(
      StyleSpans<Collection<String>> a, StyleSpans<Collection<String>> b) {
    int i = a.getSpanCount() - 1;
    int j = b.getSpanCount() - 1;
    int leftA = i >= 0 ? a.getStyleSpan(i).getLength() : 0;
    int leftB = j >= 0 ? b.getStyleSpan(j).getLength() : 0;
    int same = 0;
    while (i >= 0 && j >= 0) {
      if (leftA == 0) {
        if (--i < 0) {
          break;
        }
        leftA = a.getStyleSpan(i).getLength();
        continue;
      }
      if (leftB == 0) {
        if (--j < 0) {
          break;
        }
        leftB = b.getStyleSpan(j).getLength();
        continue;
      }
      if (!same(a.getStyleSpan(i), b.getStyleSpan(j))) {
        return same;
      }
      int step = Math.min(leftA, leftB);
      same += step;
      leftA -= step;
      leftB -= step;
    }
    return same;
  }

  private static boolean same(StyleSpan<Collection<String>> x, StyleSpan<Collection<String>> y) {
    return x.getStyle().size() == y.getStyle().size() && x.getStyle().containsAll(y.getStyle());
  }
}
