package org.parallax.ui.tag;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parallax.model.Claim;
import org.parallax.model.Comparison;
import org.parallax.model.Side;

/**
 * The claims chosen on each side for the next link, and which of them the reader really picked.
 * Claims chosen only because a link was focused (N, the Links list), or already spent on a link,
 * are not the reader's pick: a click on their side starts afresh, and a plain click drops them on
 * the other side too. Adding to a choice made before the reader's latest fresh click on the other
 * side starts it anew as well ("click B22, click A9, Ctrl+click B25" means A9 with B25), so that L
 * never links claims the reader did not mean.
 */
final class ClaimChoice {
  private final ObservableList<Claim> a = FXCollections.observableArrayList();
  private final ObservableList<Claim> b = FXCollections.observableArrayList();

  /** Sides whose claims came from focusing a link or were spent on one. */
  private final EnumSet<Side> notPicked = EnumSet.noneOf(Side.class);

  /** Sides whose choice predates the reader's latest fresh click on the other side. */
  private final EnumSet<Side> earlier = EnumSet.noneOf(Side.class);

  ObservableList<Claim> on(Side side) {
    return side == Side.A ? a : b;
  }

  /** The reader clicked {@code claim} (or between claims) on {@code side}; {@code extend} adds. */
  void click(Side side, Optional<Claim> claim, boolean extend) {
    ObservableList<Claim> chosen = on(side);
    Side other = side == Side.A ? Side.B : Side.A;
    if (notPicked.remove(side)) {
      chosen.clear();
    }
    if (!extend && notPicked.remove(other)) {
      on(other).clear();
    }
    if (extend && earlier.remove(side)) {
      chosen.clear();
    }
    if (!extend) {
      earlier.remove(side);
      if (!on(other).isEmpty()) {
        earlier.add(other);
      }
    }
    if (claim.isEmpty()) {
      if (!extend) {
        chosen.clear();
      }
    } else if (!extend) {
      chosen.setAll(claim.get());
    } else if (!chosen.remove(claim.get())) {
      chosen.add(claim.get());
    }
  }

  /** The choice as it stands, to be put back with {@link #restore}. */
  Memo memo() {
    return new Memo(
        List.copyOf(a),
        List.copyOf(b),
        notPicked.isEmpty() ? EnumSet.noneOf(Side.class) : EnumSet.copyOf(notPicked),
        earlier.isEmpty() ? EnumSet.noneOf(Side.class) : EnumSet.copyOf(earlier));
  }

  /** Puts back the choice {@code memo} was taken of. */
  void restore(Memo memo) {
    a.setAll(memo.a());
    b.setAll(memo.b());
    notPicked.clear();
    notPicked.addAll(memo.notPicked());
    earlier.clear();
    earlier.addAll(memo.earlier());
  }

  /** A choice as it stood. */
  record Memo(List<Claim> a, List<Claim> b, EnumSet<Side> notPicked, EnumSet<Side> earlier) {}

  /** Shows a focused link's claims as chosen, without their being the reader's pick. */
  void showLink(List<Claim> onA, List<Claim> onB) {
    a.setAll(onA);
    b.setAll(onB);
    spend();
  }

  /** Sets one claim on each side, as when one claim is dragged onto another. */
  void set(Claim one, Claim other) {
    on(one.side()).setAll(one);
    on(other.side()).setAll(other);
  }

  /** The choice went into a link: the reader's next click starts a new one. */
  void spend() {
    notPicked.addAll(List.of(Side.A, Side.B));
  }

  boolean onBothSides() {
    return !a.isEmpty() && !b.isEmpty();
  }

  List<String> ids(Side side) {
    return on(side).stream().map(Claim::id).toList();
  }

  /** The claims the reader picked on {@code side} by clicking; none when they were not picked. */
  List<Claim> pickedByReader(Side side) {
    return notPicked.contains(side) ? List.of() : List.copyOf(on(side));
  }

  /** Keeps the chosen claims that {@code now} still has, in their latest versions. */
  void follow(Comparison now) {
    for (Side side : Side.values()) {
      on(side).setAll(ids(side).stream().map(now::claim).flatMap(Optional::stream).toList());
    }
  }

  void clear() {
    a.clear();
    b.clear();
    notPicked.clear();
    earlier.clear();
  }
}
