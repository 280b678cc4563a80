package org.parallax.tagging;

import java.time.Instant;
import org.parallax.model.Comparison;

/**
 * An edit that also sets when the comparison last changed. Undoing it puts the earlier time back,
 * so undoing to the state last saved gives exactly what was saved, time included.
 *
 * @param edit the edit itself
 * @param before the comparison's modified time before the edit
 * @param after its modified time after the edit
 */
public record Stamped(Change edit, Instant before, Instant after) implements Change {

  @Override
  public Comparison applyTo(Comparison c) {
    return edit.applyTo(c).withModified(after);
  }

  @Override
  public Change inverse() {
    return new Stamped(edit.inverse(), after, before);
  }

  @Override
  public String description() {
    return edit.description();
  }
}
