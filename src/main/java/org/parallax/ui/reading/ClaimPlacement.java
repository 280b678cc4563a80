package org.parallax.ui.reading;

import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import org.fxmisc.richtext.model.TwoDimensional.Bias;
import org.parallax.model.Claim;

/**
 * Where a claim sits, vertically, in another node's coordinates: its top and bottom when it is on
 * screen, or pinned to the top or bottom edge when it is scrolled out of view.
 *
 * @param top upper edge
 * @param bottom lower edge
 * @param visible whether the claim is on screen (false: pinned to an edge)
 */
record ClaimPlacement(double top, double bottom, boolean visible) {

  double middle() {
    return (top + bottom) / 2;
  }

  /** Places {@code claim} of {@code area} in the coordinates of {@code target}. */
  static Optional<ClaimPlacement> of(DocumentArea area, Claim claim, Node target) {
    Optional<int[]> shown = area.visibleParagraphRange();
    if (shown.isEmpty() || claim.end() > area.getLength()) {
      return Optional.empty();
    }
    int paragraph = area.offsetToPosition(claim.start(), Bias.Forward).getMajor();
    int first = shown.get()[0];
    int last = shown.get()[1];
    double height = target.getLayoutBounds().getHeight();
    if (paragraph < first) {
      return Optional.of(new ClaimPlacement(0, 0, false));
    }
    if (paragraph > last) {
      return Optional.of(new ClaimPlacement(height, height, false));
    }
    Optional<Bounds> onScreen = area.boundsOnScreen(claim.start(), claim.end());
    if (onScreen.isEmpty()) {
      return Optional.empty();
    }
    Bounds local = target.screenToLocal(onScreen.get());
    if (local == null) {
      return Optional.empty();
    }
    double top = clamp(local.getMinY(), height);
    double bottom = clamp(local.getMaxY(), height);
    return Optional.of(new ClaimPlacement(top, bottom, true));
  }

  private static double clamp(double y, double height) {
    return Math.max(0, Math.min(height, y));
  }
}
