package org.parallax.store.anchor;

/**
 * How much searching re-anchoring may do for one file, in units of about one character compared (a
 * step of the approximate matcher counts once per error it allows). Counted in work rather than in
 * seconds, so the same file gives the same placements on a fast and a slow machine; once spent,
 * every tag still to place by its quote becomes an orphan, which the reader can attach by hand. Not
 * thread-safe: one budget serves one load.
 */
public final class WorkBudget {

  /**
   * The budget of one comparison file: a few seconds of searching. Re-anchoring 2,000 claims whose
   * quotes match nothing in a 1.7 MB text uses about a tenth of it.
   */
  public static final long DEFAULT_UNITS = 2_000_000_000L;

  private long remaining;
  private boolean exhausted;

  /** A budget of {@code units} units of work. */
  public WorkBudget(long units) {
    if (units < 0) {
      throw new IllegalArgumentException("a budget cannot be negative: " + units);
    }
    this.remaining = units;
  }

  /** The budget of one comparison file ({@link #DEFAULT_UNITS}). */
  public static WorkBudget standard() {
    return new WorkBudget(DEFAULT_UNITS);
  }

  /** A budget that never runs out, for a single placement. */
  public static WorkBudget unlimited() {
    return new WorkBudget(Long.MAX_VALUE);
  }

  /**
   * Takes {@code units} from the budget if that much is left; otherwise the budget is exhausted
   * from now on and nothing is taken.
   *
   * @return whether the work may be done
   */
  boolean spend(long units) {
    if (exhausted || units > remaining) {
      exhausted = true;
      return false;
    }
    remaining -= units;
    return true;
  }

  /** Whether some search was refused: tags placed from then on by their quotes are orphans. */
  public boolean exhausted() {
    return exhausted;
  }
}
