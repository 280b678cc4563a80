package org.parallax.agreement;

import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Claim;
import org.parallax.model.Comparison;
import org.parallax.model.Document;
import org.parallax.model.Side;
import org.parallax.segment.Segmenter;

/**
 * The units every file shares: the claims of the default segmentation of the two texts, whatever
 * claims each student made. A student's claim covers every unit its characters overlap.
 */
public final class Units {
  private final List<Claim> a;
  private final List<Claim> b;

  private Units(List<Claim> a, List<Claim> b) {
    this.a = List.copyOf(a);
    this.b = List.copyOf(b);
  }

  /** The default segmentation of {@code a} and {@code b}. */
  public static Units of(Document a, Document b) {
    Segmenter segmenter = new Segmenter();
    return new Units(segmenter.segment(a, Side.A), segmenter.segment(b, Side.B));
  }

  /** The units of {@code side} in text order (claims {@code A1, A2, …}). */
  public List<Claim> side(Side side) {
    return side == Side.A ? a : b;
  }

  /** The unit at {@code index} of {@code side}. */
  public Claim unit(Side side, int index) {
    return side(side).get(index);
  }

  /**
   * The indexes of the units of {@code side} that the span {@code [start, end)} overlaps by at
   * least one character, in text order.
   */
  public List<Integer> overlapping(Side side, int start, int end) {
    List<Claim> units = side(side);
    int low = 0;
    int high = units.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (units.get(mid).end() <= start) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    List<Integer> found = new ArrayList<>();
    for (int i = low; i < units.size() && units.get(i).start() < end; i++) {
      found.add(i);
    }
    return found;
  }

  /** The indexes of the units of {@code side} that the claims {@code ids} of {@code c} overlap. */
  List<Integer> covered(Comparison c, Side side, List<String> ids) {
    List<Integer> all = new ArrayList<>();
    for (String id : ids) {
      c.claim(id)
          .ifPresent(
              claim -> {
                for (int index : overlapping(side, claim.start(), claim.end())) {
                  if (!all.contains(index)) {
                    all.add(index);
                  }
                }
              });
    }
    all.sort(null);
    return all;
  }
}
